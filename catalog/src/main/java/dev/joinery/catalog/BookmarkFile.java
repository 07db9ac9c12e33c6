package dev.joinery.catalog;

import java.time.Instant;

/**
 * A source file a run of a bookmarked job read. A file whose path, size and modification time
 * match a committed entry is not read again by that job; a file rewritten in place is read again.
 *
 * @param runId the run that read it
 * @param committedAt when that run committed its outputs, or null while it has not
 */
public record BookmarkFile(String job, String table, String path, long size, Instant modifiedAt, String runId,
    Instant committedAt) {

  /** What identifies the file's content for the bookmark: path, size and modification time. */
  public String key() {
    return path + "\n" + size + "\n" + modifiedAt.toEpochMilli();
  }
}
