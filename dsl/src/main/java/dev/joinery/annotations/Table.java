package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a record in the catalog: the record is the table's schema, this annotation says where and
 * how its data lives.
 *
 * <p>Record components map to columns by name. Primitive components are {@code NOT NULL} columns;
 * a row with a null there is malformed. Use the boxed type for a nullable column.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /** The catalog name, {@code database.table}, for example {@code "raw.orders"}. */
  String name();

  /**
   * A directory (local path or any Hadoop file system URI); relative paths resolve against the run's base directory.
   * For a {@link Format#JDBC} table, the database table, {@code schema.table} or {@code table}.
   */
  String location();

  /** How the data is stored; by default the project's default format, Iceberg unless the build says otherwise. */
  Format format() default Format.DEFAULT;

  /** Components whose values become directory partitions when the table is written. */
  String[] partitionBy() default {};

  /** CSV only: the first line of each file names the columns. */
  boolean header() default true;

  /** CSV only: the field separator. */
  String delimiter() default ",";

  /** Further Spark data-source options, each {@code "key=value"}, for example {@code "dateFormat=dd/MM/yyyy"}. */
  String[] options() default {};

  /** What a read does with rows that do not fit the record. */
  MalformedRows malformedRows() default MalformedRows.FAIL;

  /**
   * Whether a run may read this table when it has no rows. By default a run that finds no rows
   * (no files, or a CSV with only its header) fails before it writes anything, so an empty
   * extract never silently replaces an output with an empty table.
   */
  boolean allowEmpty() default false;

  /**
   * {@link Format#JDBC} only: the name of the connection, as {@code joinery connection add} declared it in the
   * project's catalog, whose database holds the table. Its credentials are resolved when a job runs, never here.
   */
  String connection() default "";
}
