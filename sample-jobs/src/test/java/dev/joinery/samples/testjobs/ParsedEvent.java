package dev.joinery.samples.testjobs;

/** A raw event with its payload parsed. */
public record ParsedEvent(long id, EventPayload payload) {}
