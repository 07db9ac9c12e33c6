package dev.joinery.runtime;

/**
 * Input data that does not fit its table: a missing location, a malformed row, a drifted schema.
 * The message names the table and, where known, the file, line and column.
 */
public final class JoineryDataException extends RuntimeException {
  private final String table;
  private final String file;
  private final String column;

  public JoineryDataException(String table, String file, String column, String message) {
    super(message);
    this.table = table;
    this.file = file;
    this.column = column;
  }

  public String table() {
    return table;
  }

  /** The file at fault, or null when the problem is the location as a whole. */
  public String file() {
    return file;
  }

  /** The column at fault, or null when it could not be told. */
  public String column() {
    return column;
  }
}
