package dev.joinery.processor.model;

import javax.lang.model.element.AnnotationMirror;

/** A step's {@code @Spigot}: sample its rows on every run, by count or by seeded fraction. */
public record SpigotDeclaration(int rows, double fraction, long seed, AnnotationMirror annotation) {}
