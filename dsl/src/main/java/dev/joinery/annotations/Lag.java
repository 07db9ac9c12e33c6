package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value of an input component before the row by {@link #offset()} rows in its partition, in the
 * window's order; null for the first rows, which have none, so the component is of the input's boxed
 * type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Lag {
  /** The input component. */
  String value();

  /** How many rows before; 1 or more. */
  int offset() default 1;
}
