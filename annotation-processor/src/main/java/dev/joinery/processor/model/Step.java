package dev.joinery.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One step of a job, declared by an annotated method or field.
 *
 * @param element the method or field that declares the step
 * @param annotation the step annotation ({@code @Filter}, {@code @Aggregate}, ...)
 * @param outputType the record type of the rows the step produces, or null when the declaration
 *     does not say (a validation pass reports it)
 * @param sink present when the step's output is written to a table
 * @param spigot present when the step's rows are sampled on every run
 */
public record Step(
    String name,
    StepKind kind,
    Element element,
    AnnotationMirror annotation,
    List<InputRef> inputs,
    TypeMirror outputType,
    Optional<Sink> sink,
    Optional<SpigotDeclaration> spigot,
    StepSpec spec) {}
