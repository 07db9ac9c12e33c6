package dev.joinery.runtime;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Refuses an Iceberg source whose schema no longer fits its record: a column gone or of another type. */
final class IcebergSchemaCheck {
  private IcebergSchemaCheck() {}

  static void check(TableSpec table, StructType actual) {
    for (StructField expected : table.schema().fields()) {
      StructField found = java.util.Arrays.stream(actual.fields())
          .filter(f -> f.name().equals(expected.name())).findFirst().orElse(null);
      if (found == null) {
        throw new JoineryDataException(table.name(), null, expected.name(), "Table " + table.name()
            + " (Iceberg) has no column " + expected.name() + "; its columns are "
            + java.util.Arrays.toString(actual.fieldNames()) + ". Update the record or the table.");
      }
      if (!fits(expected.dataType(), found.dataType())) {
        throw new JoineryDataException(table.name(), null, expected.name(), "Table " + table.name()
            + " (Iceberg): column " + expected.name() + " is " + found.dataType().simpleString()
            + " but the record expects " + expected.dataType().simpleString() + ".");
      }
    }
  }

  /** Nullability is checked row by row. (Iceberg stores byte and short as int, which does not fit.) */
  private static boolean fits(DataType expected, DataType found) {
    return found.sameType(expected);
  }
}
