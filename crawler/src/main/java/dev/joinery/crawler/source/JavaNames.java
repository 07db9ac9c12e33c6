package dev.joinery.crawler.source;

import java.util.Locale;
import javax.lang.model.SourceVersion;

/** Java names for what the data calls its columns and tables: {@code order_id} as {@code orderId}. */
public final class JavaNames {
  private JavaNames() {}

  /** A lowerCamelCase identifier for a column name; never a keyword, never empty. */
  public static String component(String column) {
    String camel = camel(column, false);
    if (camel.isEmpty()) {
      return "column";
    }
    if (!Character.isJavaIdentifierStart(camel.charAt(0))) {
      camel = "column" + camel;
    }
    return SourceVersion.isKeyword(camel) || camel.equals("record") ? camel + "Value" : camel;
  }

  /** An UpperCamelCase type name for a table's name, the part after the database: {@code raw.web_hits} as {@code WebHits}. */
  public static String record(String tableName) {
    String name = camel(tableName.substring(tableName.indexOf('.') + 1), true);
    if (name.isEmpty()) {
      return "Table";
    }
    return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "Table" + name;
  }

  /**
   * Words split at anything that is not a letter or digit and at lower-to-upper changes, joined in
   * camel case; a name that is already camel case stays as it is.
   */
  private static String camel(String text, boolean upperFirst) {
    StringBuilder out = new StringBuilder();
    boolean upperNext = upperFirst;
    boolean allUpper = text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        upperNext = out.length() > 0 || upperFirst;
        continue;
      }
      if (allUpper) {
        c = Character.toLowerCase(c); // ORDER_ID reads orderId, not oRDERID
      }
      if (out.length() == 0) {
        out.append(upperFirst ? Character.toUpperCase(c) : Character.toLowerCase(c));
      } else {
        out.append(upperNext ? Character.toUpperCase(c) : c);
      }
      upperNext = false;
    }
    return out.toString();
  }

  /** Whether {@code name} is usable as it is: a Java identifier and no keyword. */
  public static boolean isValid(String name) {
    return SourceVersion.isName(name) && !name.toLowerCase(Locale.ROOT).equals("record") && name.indexOf('.') < 0;
  }
}
