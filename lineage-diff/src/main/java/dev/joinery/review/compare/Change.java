package dev.joinery.review.compare;

import dev.joinery.review.impact.Impact;

/**
 * One difference between two builds' lineage.
 *
 * @param subject what changed: {@code table}, {@code table.column}, {@code job}, {@code job.step}
 * @param detail one line for people, e.g. {@code decimal(10,2) → decimal(12,2)}
 * @param before the old definition (a step's, a description, a renamed column's name), or null
 * @param after the new definition, or null
 * @param impact the tables and columns downstream that the change reaches
 */
public record Change(Severity severity, What what, Kind kind, String subject, String detail, String before,
    String after, Impact impact) {

  public enum What { TABLE, COLUMN, JOB, STEP, LINEAGE }

  public enum Kind { ADDED, REMOVED, CHANGED, RENAMED }

  public String label() {
    return what.name().toLowerCase(java.util.Locale.ROOT) + " " + kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
