package dev.joinery.cli;

/** A class {@link AppJarTest} loads from a copy of its own, in a classes folder or a jar, as a job's class would be. */
final class AppJarFixture {}
