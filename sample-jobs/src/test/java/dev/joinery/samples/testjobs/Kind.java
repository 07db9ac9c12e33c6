package dev.joinery.samples.testjobs;

/** An enum column: stored by name, other names rejected. */
public enum Kind { RED, GREEN }
