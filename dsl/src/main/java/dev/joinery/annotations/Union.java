package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * All rows of several inputs of the same record type, matched by column name (SQL {@code UNION
 * ALL}). Declared on a field of that type.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Union {
  /** Two or more input steps or tables. */
  String[] from();
}
