package dev.joinery.crawler;

import java.util.Locale;

/** Catalog names of crawled tables: checked as the processor checks them, made from a template for many. */
public final class TableNames {
  /** As {@code TableModel.NAME_PATTERN} in the processor: {@code database.table}, plain identifiers. */
  static final String NAME_PATTERN = "[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*";

  private TableNames() {}

  static void check(String name) {
    if (name == null || !name.matches(NAME_PATTERN)) {
      throw new CrawlException("Table name '" + name + "' must be database.table, as in raw.orders.");
    }
  }

  /**
   * The name {@code template} gives a data set folder: {@code {folder}} is the folder's name made
   * a plain identifier ({@code web-hits} as {@code web_hits}), as in {@code raw.{folder}} or
   * {@code landing.crm_{folder}}.
   */
  public static String fromTemplate(String template, String folder) {
    if (!template.contains("{folder}")) {
      throw new CrawlException("Table template '" + template + "' must contain {folder}, as in raw.{folder}, so each"
          + " data set gets a name of its own.");
    }
    String identifier = folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
    if (identifier.isEmpty() || Character.isDigit(identifier.charAt(0))) {
      identifier = "t_" + identifier;
    }
    String name = template.replace("{folder}", identifier);
    check(name);
    return name;
  }
}
