package dev.joinery.processor.diagnostics;

/**
 * Stable diagnostic tags. Every message starts with {@code [joinery:<tag>]}, so builds and
 * documentation can refer to them; a tag, once released, keeps its meaning.
 */
public enum Tag {
  STEP_SIGNATURE("step-signature"),
  JOB_DEFINITION("job-definition"),
  TABLE_DEFINITION("table-definition"),
  UNSUPPORTED_TYPE("unsupported-type"),
  DUPLICATE_STEP("duplicate-step"),
  DUPLICATE_TABLE("duplicate-table"),
  DUPLICATE_JOB("duplicate-job"),
  UNKNOWN_INPUT("unknown-input"),
  TYPE_MISMATCH("type-mismatch"),
  UNKNOWN_COLUMN("unknown-column"),
  JOIN_KEY_TYPE("join-key-type"),
  AGGREGATE_TYPE("aggregate-type"),
  UNAGGREGATED_COLUMN("unaggregated-column"),
  SELECT_TYPE("select-type"),
  WINDOW_TYPE("window-type"),
  CYCLE("cycle"),
  NO_SINK("no-sink"),
  SINK_NOT_TABLE("sink-not-table"),
  TWO_WRITERS("two-writers"),
  OVERWRITES_SOURCE("overwrites-source"),
  UNUSED_STEP("unused-step"),
  BAD_SCHEDULE("bad-schedule"),
  UNKNOWN_JOB("unknown-job"),
  BAD_TRIGGER("bad-trigger"),
  JVM_STEP("jvm-step"),
  BAD_OPTION("bad-option"),
  MISSING_DEPENDENCY("missing-dependency"),
  BAD_SPIGOT("bad-spigot"),
  BAD_EXPECTATION("bad-expectation"),
  COLUMN_NAME("column-name"),
  BAD_PATTERN("bad-pattern"),
  STEP_METHOD("step-method"),
  INTERNAL_ERROR("internal-error");

  private final String id;

  Tag(String id) {
    this.id = id;
  }

  /** {@code [joinery:<id>]}. */
  public String prefix() {
    return "[joinery:" + id + "]";
  }
}
