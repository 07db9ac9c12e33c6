package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.ResolveChoice;
import dev.joinery.annotations.Table;

/** As {@link ChoicePrice}, but a price that is no number fails the run. */
@Table(name = "test.strict_choice_prices", location = "in/strict_choice_prices", format = Format.JSON)
public record StrictChoicePrice(long id, @ResolveChoice Double price) {}
