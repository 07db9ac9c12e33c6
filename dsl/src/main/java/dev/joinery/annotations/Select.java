package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Glue's ApplyMapping: projects the input onto the field's record type. Each output component
 * takes the input component of the same name unless {@link #rename()} says otherwise; a value is
 * widened (for example {@code int} to {@code long}) or turned into a {@code String} where the
 * types differ.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Select {
  /** The input step or table. */
  String from();

  /** {@code "output = input"} pairs for components whose names differ. */
  String[] rename() default {};
}
