package dev.joinery.processor.model;

import dev.joinery.annotations.WriteMode;
import javax.lang.model.element.AnnotationMirror;

/** A step's {@code @Sink}: its output goes to the catalog table of its record type. */
public record Sink(WriteMode mode, AnnotationMirror annotation) {}
