package dev.joinery.crawler.inference;

import org.apache.spark.sql.types.DataType;

/**
 * A column as the sample shows it.
 *
 * @param type the Spark type Joinery will read it as
 * @param nullable whether the sample has rows where it is empty
 * @param misfits how many sampled values do not fit {@code type} (rows a read would find malformed)
 * @param misfitExample one of them, for the report; null when there are none
 * @param partition whether the column comes from partition folders ({@code day=2026-11-01/})
 * @param fitsInt for a {@code bigint} inferred from text, whether every sampled value would fit an
 *     {@code int}: a record that declares it {@code int} has not drifted
 */
public record InferredColumn(String name, DataType type, boolean nullable, long misfits, String misfitExample,
    boolean partition, boolean fitsInt) {

  public InferredColumn(String name, DataType type, boolean nullable, long misfits, String misfitExample,
      boolean partition) {
    this(name, type, nullable, misfits, misfitExample, partition, false);
  }

  /** Spark SQL spelling of the type, as the catalog keeps it: {@code bigint}, {@code decimal(10,2)}. */
  public String sqlType() {
    return type.catalogString();
  }
}
