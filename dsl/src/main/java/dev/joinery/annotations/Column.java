package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name of a table record component's column in the data, where it is not a valid or a
 * conventional Java name: {@code @Column("order-id") long orderId}. Reads and writes use the
 * column's name, steps use the component's; the catalog and lineage show the column's.
 *
 * <p>Only a table record's components map to columns; on other records it has no effect.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Column {
  /** The column's name as the files (or the Iceberg table) spell it. */
  String value();
}
