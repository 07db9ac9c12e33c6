package dev.joinery.diagram.model;

/** A directed edge, labelled with what flows along it (a record type, a column). */
public record Edge(String from, String to, String label) {}
