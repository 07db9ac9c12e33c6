package dev.joinery.processor.analysis;

import dev.joinery.processor.model.Catalog;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything one compilation declares: the catalog and each job's graph.
 *
 * @param misplacedTables types that carry {@code @Table} but are not records
 * @param joblessStepClasses classes that declare steps but carry no {@code @Job}, so nothing would run them
 */
public record Build(Catalog catalog, List<JobGraph> jobs, List<TypeElement> misplacedTables,
    List<TypeElement> joblessStepClasses) {}
