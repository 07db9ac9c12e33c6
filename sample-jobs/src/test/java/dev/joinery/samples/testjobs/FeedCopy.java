package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

@Table(name = "test.feed_copy", location = "out/feed_copy", format = Format.PARQUET)
public record FeedCopy(long id, String note) {}
