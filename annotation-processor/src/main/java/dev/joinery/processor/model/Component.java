package dev.joinery.processor.model;

import javax.lang.model.element.Element;

/**
 * A record component: one column of the record's schema.
 *
 * @param columnName the column's name in the data: the component's name unless {@code @Column} says otherwise
 */
public record Component(String name, ColumnType type, Element element, String columnName) {

  public Component(String name, ColumnType type, Element element) {
    this(name, type, element, name);
  }

  /** Whether {@code @Column} gives the data a name of its own. */
  public boolean isMapped() {
    return !columnName.equals(name);
  }
}
