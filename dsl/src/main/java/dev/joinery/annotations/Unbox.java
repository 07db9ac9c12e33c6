package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Glue's Unbox: parses a {@code String} component holding JSON into a typed value. The field's
 * record has a component of the same name whose type (a record, a {@code List} or a {@code Map})
 * is the JSON's shape; its other components are copied from the input by name.
 *
 * <pre>
 * &#64;Unbox(from = "raw.events", column = "payload")
 * ParsedEvent parsed;   // record ParsedEvent(long id, Payload payload) {}
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface Unbox {
  /** The input step or table. */
  String from();

  /** The component holding JSON text. */
  String column();

  /**
   * A value that is not JSON of the component's type: {@link MalformedRows#FAIL} fails the run,
   * naming the step, the column and the value; {@link MalformedRows#SKIP} leaves the row out.
   */
  MalformedRows malformed() default MalformedRows.FAIL;
}
