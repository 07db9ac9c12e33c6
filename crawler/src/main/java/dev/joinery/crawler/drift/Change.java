package dev.joinery.crawler.drift;

/**
 * One difference between the data and what describes it.
 *
 * @param against what the data was compared with: {@code record} (the source), {@code catalog}, or
 *     {@code last crawl} (for partitions)
 * @param column the data's name of the column; for a new partition, the partition folder
 * @param before what the record or catalog says; null for an added column or a new partition
 * @param after what the data says; null for a removed column
 */
public record Change(Kind kind, String against, String column, String before, String after) {

  public enum Kind {
    ADDED("column added"),
    REMOVED("column removed"),
    RETYPED("column retyped"),
    NULLABILITY("nullability changed"),
    NEW_PARTITION("new partition");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One line of the text report: {@code record: column retyped: quantity int -> bigint}. */
  public String describe() {
    String change = switch (kind) {
      case ADDED -> column + " " + after;
      case REMOVED -> column + " " + before;
      case NEW_PARTITION -> column;
      default -> column + " " + before + " -> " + after;
    };
    return against + ": " + kind.label() + ": " + change;
  }
}
