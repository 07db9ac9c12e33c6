package dev.joinery.annotations;

/** SQL join types. Keys that are null never match, as in SQL. */
public enum JoinType {
  INNER,
  /** Every left row; the right parameter is {@code null} where nothing matched. */
  LEFT,
  /** Every right row; the left parameter is {@code null} where nothing matched. */
  RIGHT,
  /** Every row of both sides; the side that did not match is {@code null}. */
  FULL,
  /** Left rows that have a match, each once; declared on a field of the left record type. */
  SEMI,
  /** Left rows that have no match; declared on a field of the left record type. */
  ANTI,
  /**
   * Every pair of rows, with no keys (Spark's cross join: left rows times right rows, optionally
   * narrowed by {@link Join#where()}). Declared as a type of its own so a reviewer sees the cost; it
   * is meant for comparing rows with a one-row aggregate, such as a total or an average.
   */
  CROSS
}
