package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.annotations.ResolveChoice;
import dev.joinery.annotations.Table;

/** Prices written as a JSON number in some files and as a string in others; rows whose price is no number are skipped. */
@Table(name = "test.choice_prices", location = "in/choice_prices", format = Format.JSON,
    malformedRows = MalformedRows.SKIP)
public record ChoicePrice(long id, @ResolveChoice Double price) {}
