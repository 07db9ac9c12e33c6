package dev.joinery.processor.lineage;

/**
 * One dependency of a column (or, at dataset level, of every row) on an input column, with
 * OpenLineage's transformation type and subtype.
 *
 * @param dataset a table name, or a step name inside a job's own lineage
 * @param type {@code DIRECT} (the value comes from the input) or {@code INDIRECT} (the input
 *     decides which rows or which branch)
 * @param subtype IDENTITY, TRANSFORMATION, AGGREGATION for direct; FILTER, JOIN, GROUP_BY, SORT,
 *     CONDITIONAL for indirect
 */
public record ColumnDep(String dataset, String field, String type, String subtype, String description) {

  static ColumnDep direct(String dataset, String field, String subtype, String description) {
    return new ColumnDep(dataset, field, "DIRECT", subtype, description);
  }

  static ColumnDep indirect(String dataset, String field, String subtype, String description) {
    return new ColumnDep(dataset, field, "INDIRECT", subtype, description);
  }

  ColumnDep on(String newDataset, String newField) {
    return new ColumnDep(newDataset, newField, type, subtype, description);
  }
}
