package dev.joinery.catalog;

import java.util.List;

/** A job as the catalog knows it: what it reads and writes. */
public record JobEntry(String name, String description, String schedule, List<String> reads, List<String> writes) {
  public JobEntry {
    reads = List.copyOf(reads);
    writes = List.copyOf(writes);
  }
}
