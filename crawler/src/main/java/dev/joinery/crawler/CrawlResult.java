package dev.joinery.crawler;

import dev.joinery.crawler.detection.DetectedFormat;
import dev.joinery.crawler.drift.Change;
import dev.joinery.crawler.inference.InferredSchema;
import dev.joinery.crawler.source.TableProposal;
import java.nio.file.Path;
import java.util.List;

/**
 * What one crawl found and did.
 *
 * @param source the proposed record's source
 * @param existing the record found for the table before the crawl, null if there was none
 * @param written where the record source was written, null when it was not (no source root,
 *     drift only logged or failed, or nothing changed)
 * @param registered whether the catalog entry was created or updated
 * @param changes the drift found, empty for a new table or one that still fits
 */
public record CrawlResult(TableProposal table, String source, DataFolder folder, DetectedFormat format,
    InferredSchema schema, Path existing, Path written, boolean registered, List<Change> changes) {

  public CrawlResult {
    changes = List.copyOf(changes);
  }

  /** Whether a {@link DriftPolicy#FAIL} crawl should fail: the data drifted from its record or catalog entry. */
  public boolean drifted() {
    return !changes.isEmpty();
  }
}
