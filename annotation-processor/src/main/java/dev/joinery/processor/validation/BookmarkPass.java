package dev.joinery.processor.validation;

import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.NameSuggestions;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.reading.AnnotationValues;
import java.util.List;
import javax.lang.model.element.AnnotationValue;

/** Checks {@code @Job(bookmarks = ...)}: each name is a table the job reads. */
public final class BookmarkPass implements ValidationPass {
  private final AnnotationValues annotations;

  public BookmarkPass(AnnotationValues annotations) {
    this.annotations = annotations;
  }

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    for (JobGraph graph : build.jobs()) {
      JobModel job = graph.job();
      if (job.bookmarks().isEmpty() || !job.steps().stream().allMatch(graph::resolved)) {
        continue; // an unresolved input is reported by InputPass; the sources are not known
      }
      List<TableModel> sources = graph.sources();
      List<String> names = sources.stream().map(TableModel::name).toList();
      List<AnnotationValue> values = annotations.array(job.annotation(), "bookmarks");
      for (int i = 0; i < job.bookmarks().size(); i++) {
        String name = job.bookmarks().get(i);
        AnnotationValue value = values.get(i);
        if (!names.contains(name)) {
          diagnostics.error(Tag.UNKNOWN_INPUT, "Bookmark '" + name + "' of job " + job.name()
              + " names no table the job reads, so no run would read it incrementally."
              + NameSuggestions.didYouMean(name, names)
              + (NameSuggestions.closest(name, names).isEmpty() ? " The job reads " + names + "." : ""),
              job.element(), job.annotation(), value);
        }
      }
    }
  }
}
