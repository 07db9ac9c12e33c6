package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the input of a step parameter: another step of the same job (by its method or field name)
 * or a catalog table (by its {@code database.table} name). A parameter whose type is a
 * {@link Table} record reads that table when it has no {@code @From}.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PARAMETER)
public @interface From {
  String value();
}
