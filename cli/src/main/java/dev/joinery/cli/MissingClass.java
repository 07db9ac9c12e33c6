package dev.joinery.cli;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The class a failed run could not load, if that is why it failed. On a cluster that means the
 * executors were not sent the app jar (or were sent a jar without the class): Spark reports the
 * executor's {@code ClassNotFoundException} as a cause or, when it cannot rebuild the exception,
 * only in its task failure message ("Lost task 0.3 in stage 1.0 (TID 7) (host executor 0):
 * java.lang.ClassNotFoundException: com.example.MyJob").
 */
final class MissingClass {
  /** A class name after the exception's name; "NoClassDefFoundError: Could not initialize class" is another failure. */
  private static final Pattern IN_TEXT = Pattern.compile(
      "(?:ClassNotFoundException|NoClassDefFoundError):\\s*([\\p{L}_$][\\p{L}\\p{N}_$]*(?:[./][\\p{L}_$][\\p{L}\\p{N}_$]*)+)");

  private MissingClass() {}

  /** The binary name of the class that {@code failure} or one of its causes could not load. */
  static Optional<String> in(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      String message = t.getMessage();
      if ((t instanceof ClassNotFoundException || t instanceof NoClassDefFoundError)
          && message != null && !message.startsWith("Could not initialize")) {
        return Optional.of(binaryName(message.strip().split("\\s+", 2)[0]));
      }
      if (message != null) {
        Matcher m = IN_TEXT.matcher(message);
        if (m.find()) {
          return Optional.of(binaryName(m.group(1)));
        }
      }
    }
    return Optional.empty();
  }

  private static String binaryName(String name) {
    return name.replace('/', '.');
  }
}
