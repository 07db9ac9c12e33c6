package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.Table;

/** As {@link ChoicePrice} without {@code @ResolveChoice}: a price written as a string is a malformed row. */
@Table(name = "test.unresolved_prices", location = "in/unresolved_prices", format = Format.JSON,
    malformedRows = MalformedRows.SKIP)
public record UnresolvedPrice(long id, Double price) {}
