package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A column whose values come with different types in different files (Glue's ResolveChoice,
 * resolved by casting to the declared type): {@code @ResolveChoice Double price} reads
 * {@code "price": 2.5} and {@code "price": "3.75"} alike. Each value is read as text and converted
 * to the component's type by the strict rules CSV values follow; a value that does not convert
 * ({@code "n/a"}) is a malformed row, handled by the table's {@link Table#malformedRows()}: the run
 * fails naming the table, file, line, column and value, or the row is skipped and counted.
 *
 * <p>JSON tables only need it: CSV, GROK and REGEX values are text already and are converted this
 * way without it. Parquet, ORC and Avro files carry one type per column in each file's schema, and
 * a file whose type differs from the record is reported by the schema drift check, naming the file
 * and column; on those formats, and on Iceberg, JDBC and XML tables, it is a compile-time error.
 * The component must have a single-value type (a number, decimal, date, time, boolean or string).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface ResolveChoice {}
