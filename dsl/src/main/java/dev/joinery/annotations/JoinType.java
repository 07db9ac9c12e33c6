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
  ANTI
}
