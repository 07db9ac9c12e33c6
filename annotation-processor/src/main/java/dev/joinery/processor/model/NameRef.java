package dev.joinery.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * A name written in an annotation (an input, a column), with where it was written so a
 * diagnostic can point at it.
 *
 * @param value the annotation value holding the name; for names in an array, the array element
 */
public record NameRef(String name, Element element, AnnotationMirror annotation, AnnotationValue value) {}
