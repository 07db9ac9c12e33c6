package dev.joinery.processor.expression;

import java.util.Optional;

/**
 * A regex that is a LIKE pattern in disguise: literal runs and {@code .*} between them, as in
 * {@code .*special.*requests.*} or {@code PROMO.*}. Such a {@code matches} becomes a SQL LIKE,
 * which Spark turns into {@code startsWith}, {@code contains} and friends where it can, instead of
 * a regular expression per row.
 *
 * @param like the LIKE pattern, with {@code %}, {@code _} and {@code \} escaped by {@code \}
 * @param wildcard whether it has a {@code %}: Java's {@code .} does not match line terminators,
 *     LIKE's {@code %} does, so a string holding one must not match
 */
public record LikePattern(String like, boolean wildcard) {
  /** Characters Java's {@code .} does not match (without DOTALL), as a regex character class. */
  public static final String LINE_TERMINATORS = "[\\n\\r\\u0085\\u2028\\u2029]";

  private static final String META = "\\^$.|?*+()[]{}";

  public static Optional<LikePattern> of(String regex) {
    StringBuilder like = new StringBuilder();
    boolean wildcard = false;
    int i = 0;
    while (i < regex.length()) {
      if (regex.startsWith(".*", i)) {
        if (!like.toString().endsWith("%") || like.toString().endsWith("\\%")) {
          like.append('%');
        }
        wildcard = true;
        i += 2;
        continue;
      }
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length() && META.indexOf(regex.charAt(i + 1)) >= 0) {
        c = regex.charAt(i + 1); // an escaped metacharacter is itself
        i++;
      } else if (META.indexOf(c) >= 0 || "\n\r\u0085\u2028\u2029".indexOf(c) >= 0) {
        return Optional.empty();
      }
      if (c == '%' || c == '_' || c == '\\') {
        like.append('\\');
      }
      like.append(c);
      i++;
    }
    return Optional.of(new LikePattern(like.toString(), wildcard));
  }
}
