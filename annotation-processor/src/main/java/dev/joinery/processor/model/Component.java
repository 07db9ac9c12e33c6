package dev.joinery.processor.model;

import javax.lang.model.element.Element;

/** A record component: one column of the record's schema. */
public record Component(String name, ColumnType type, Element element) {}
