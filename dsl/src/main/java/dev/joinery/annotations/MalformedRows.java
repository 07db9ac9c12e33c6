package dev.joinery.annotations;

/** What a read does with a row that does not fit the table's record. */
public enum MalformedRows {
  /** Fail the run, naming the table, file, line and column, before any output is replaced. */
  FAIL,
  /** Leave the row out and count it in the run summary, with the first offender's file, line and column. */
  SKIP
}
