package dev.joinery.scheduler.clock;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as {@code @RunPolicy} and {@code @Trigger} write them: {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d}. */
public final class Durations {
  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhd])");

  private Durations() {}

  /** The duration, or null for an empty text (no limit). */
  public static Duration parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher m = SHORT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a duration; write 30s, 15m, 2h or 1d");
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }

  /** As {@link #parse} reads it back: whole days, hours, minutes or seconds. */
  public static String format(Duration duration) {
    long s = duration.toSeconds();
    return s % 86_400 == 0 ? s / 86_400 + "d" : s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
  }
}
