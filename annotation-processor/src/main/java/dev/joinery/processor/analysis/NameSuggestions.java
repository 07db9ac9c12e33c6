package dev.joinery.processor.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for names that almost match one that exists. */
public final class NameSuggestions {
  private NameSuggestions() {}

  /** The closest candidate within a typo's distance of {@code name}, if any. */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    int limit = Math.max(2, name.length() / 3);
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    String lower = name.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .filter(c -> distance.apply(lower, c.toLowerCase(Locale.ROOT)) >= 0)
        .min(Comparator.comparingInt((String c) -> distance.apply(lower, c.toLowerCase(Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()));
  }

  /** {@code " Did you mean 'x'?"}, or an empty string. */
  public static String didYouMean(String name, Collection<String> candidates) {
    return closest(name, candidates).map(c -> " Did you mean '" + c + "'?").orElse("");
  }
}
