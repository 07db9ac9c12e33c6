package dev.joinery.catalog;

import java.time.Instant;

/**
 * A version of a table that a run committed.
 *
 * @param snapshotId the Iceberg snapshot, null for a file table
 */
public record TableVersion(String table, String runId, Long snapshotId, String operation, Long rows,
    Instant committedAt) {}
