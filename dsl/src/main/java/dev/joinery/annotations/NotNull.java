package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reference-typed component that never holds null, as a primitive never does: reads reject rows
 * where the column is empty, and translated steps need no null checks on it, so comparisons on it
 * can be pushed into the scan.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface NotNull {}
