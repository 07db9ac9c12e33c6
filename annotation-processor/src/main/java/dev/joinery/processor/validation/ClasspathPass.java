package dev.joinery.processor.validation;

import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.JobModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.util.Elements;

/**
 * Checks that what a job's generated runner calls is on the compile classpath, so a project that
 * lacks a dependency gets one error per job saying what to add, instead of a hundred errors in
 * generated code it never wrote.
 */
public final class ClasspathPass implements ValidationPass {
  /** A class the runner uses, and the dependency that brings it. */
  private static final Map<String, String> NEEDED = new LinkedHashMap<>();

  static {
    NEEDED.put("org.apache.spark.sql.Dataset",
        "org.apache.spark:spark-sql_2.13 (scope provided: spark-submit and clusters bring their own)");
    NEEDED.put("dev.joinery.runtime.JobRun", "dev.joinery:joinery-runtime");
    NEEDED.put("dev.joinery.cli.JoineryCli", "dev.joinery:joinery-cli (the command line each job's main starts)");
  }

  private final Elements elements;

  public ClasspathPass(Elements elements) {
    this.elements = elements;
  }

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    List<String> missing = new ArrayList<>();
    NEEDED.forEach((type, dependency) -> {
      if (elements.getTypeElement(type) == null) {
        missing.add(dependency);
      }
    });
    if (missing.isEmpty()) {
      return;
    }
    for (JobGraph graph : build.jobs()) {
      JobModel job = graph.job();
      diagnostics.error(Tag.MISSING_DEPENDENCY, "Job " + job.name() + " cannot be generated: the compile classpath lacks "
          + String.join("; and ", missing) + ". Add " + (missing.size() == 1 ? "it" : "them")
          + " to the project's dependencies, or use dev.joinery:joinery-starter-parent as the project's parent,"
          + " which has them all.", job.element(), job.annotation());
    }
  }
}
