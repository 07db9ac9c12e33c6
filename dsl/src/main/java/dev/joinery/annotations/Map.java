package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns each row into one row of another record. Spelled {@code static Output name(Input in)}.
 * (In a file that also uses {@code java.util.Map}, write {@code @dev.joinery.annotations.Map}.)
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Map {}
