package dev.joinery.annotations;

/** How a sink treats the data already in its table. Every mode replaces the table atomically. */
public enum WriteMode {
  /** The table holds exactly this run's rows. */
  OVERWRITE,
  /** The table holds its previous rows and this run's. */
  APPEND,
  /** The run fails if the table already has data. */
  ERROR_IF_EXISTS
}
