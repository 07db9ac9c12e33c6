package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** A feed whose extract is sometimes empty, and that is fine. */
@Table(name = "test.optional_feed", location = "in/optional_feed", format = Format.CSV, allowEmpty = true)
public record FeedRow(long id, String note) {}
