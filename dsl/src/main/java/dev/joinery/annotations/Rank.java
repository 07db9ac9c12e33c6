package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rank of the row in its partition, as {@code int}: 1 plus the number of rows before it in the
 * window's order. Rows that tie share a rank and leave a gap after them (1, 1, 3).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Rank {}
