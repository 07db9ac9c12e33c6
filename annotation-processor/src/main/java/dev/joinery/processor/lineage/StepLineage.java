package dev.joinery.processor.lineage;

import java.util.List;
import java.util.Map;

/**
 * The column lineage of one step, on its direct inputs.
 *
 * @param fields per output column, what it is computed from
 * @param dataset dependencies of every row: the columns that filter, join, group or sort
 * @param conservative whether it was read off a JVM body: every component the body reads, not
 *     what each output column really uses
 */
public record StepLineage(Map<String, List<ColumnDep>> fields, List<ColumnDep> dataset, boolean conservative) {}
