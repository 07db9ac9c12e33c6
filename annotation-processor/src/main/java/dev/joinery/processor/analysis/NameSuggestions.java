package dev.joinery.processor.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for names that almost match one that exists. */
public final class NameSuggestions {
  private NameSuggestions() {}

  /**
   * The closest candidate within a typo's distance of {@code name}, if any: at most half the
   * longer name's letters changed (so {@code custId} finds {@code customerId}), and at least two.
   */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String lower = name.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .filter(c -> distance(distance, lower, c) <= Math.max(2, Math.max(name.length(), c.length()) / 2))
        .min(Comparator.comparingInt((String c) -> distance(distance, lower, c)).thenComparing(Comparator.naturalOrder()));
  }

  private static int distance(LevenshteinDistance distance, String lowerName, String candidate) {
    return distance.apply(lowerName, candidate.toLowerCase(Locale.ROOT));
  }

  /** {@code " Did you mean 'x'?"}, or an empty string. */
  public static String didYouMean(String name, Collection<String> candidates) {
    return closest(name, candidates).map(c -> " Did you mean '" + c + "'?").orElse("");
  }
}
