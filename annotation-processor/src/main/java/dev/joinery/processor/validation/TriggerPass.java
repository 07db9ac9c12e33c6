package dev.joinery.processor.validation;

import dev.joinery.annotations.Format;
import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.analysis.JobGraph;
import dev.joinery.processor.analysis.NameSuggestions;
import dev.joinery.processor.analysis.TriggerGraph;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.JobModel;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.model.TriggerModel;
import dev.joinery.processor.reading.AnnotationValues;
import dev.joinery.processor.reading.TriggerReader;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * Checks what starts each job and how it runs: {@code @After} names a job of the build, no circle
 * of triggers, {@code @Trigger(newFiles)} names file tables the job reads, durations and limits
 * that a scheduler can keep, run properties as {@code key=value}, a workflow name.
 */
public final class TriggerPass implements ValidationPass {
  private static final Duration MIN_POLL = Duration.ofSeconds(1);
  private static final Duration MAX_POLL = Duration.ofDays(1);

  private final AnnotationValues annotations;
  private final TriggerReader reader;
  private final Trees trees;

  /** @param trees to point at one of several {@code @After}s, which javac keeps in a container it made up */
  public TriggerPass(AnnotationValues annotations, Trees trees) {
    this.annotations = annotations;
    this.reader = new TriggerReader(annotations);
    this.trees = trees;
  }

  @Override
  public void validate(Build build, Diagnostics diagnostics) {
    TriggerGraph triggers = new TriggerGraph(build, reader);
    for (JobGraph graph : build.jobs()) {
      TriggerModel model = triggers.triggers(graph);
      JobModel job = graph.job();
      for (TriggerModel.Condition condition : model.after()) {
        if (triggers.job(condition.job()).isEmpty()) {
          atCondition(diagnostics, Tag.UNKNOWN_JOB, "@After of job " + job.name() + " names job '"
              + condition.job() + "', which is not a job of this build, so no run of it would ever start "
              + job.name() + "." + NameSuggestions.didYouMean(condition.job(), triggers.jobNames()), job, model,
              condition);
        }
      }
      checkNewFiles(graph, model, diagnostics);
      model.trigger().ifPresent(t -> checkDuration(job, t, "poll", model.poll(), false, diagnostics));
      model.runPolicy().ifPresent(p -> checkPolicy(job, p, model, diagnostics));
      model.workflowAnnotation().ifPresent(w -> {
        if (!model.workflow().matches("[a-z][a-z0-9_]*")) {
          diagnostics.error(Tag.BAD_TRIGGER, "Workflow name '" + model.workflow() + "' of job " + job.name()
              + " must be lower case letters, digits and underscores, starting with a letter, as job names are.",
              job.element(), w, annotations.value(w, "value"));
        }
      });
    }
    checkCycle(build, triggers, diagnostics);
  }

  private void checkNewFiles(JobGraph graph, TriggerModel model, Diagnostics diagnostics) {
    if (model.newFiles().isEmpty() || !graph.job().steps().stream().allMatch(graph::resolved)) {
      return; // an unresolved input is reported by InputPass; the sources are not known
    }
    List<TableModel> sources = graph.sources();
    List<String> names = sources.stream().map(TableModel::name).toList();
    for (NameRef ref : model.newFiles()) {
      Optional<TableModel> table = sources.stream().filter(t -> t.name().equals(ref.name())).findFirst();
      if (table.isEmpty()) {
        diagnostics.error(Tag.BAD_TRIGGER, "@Trigger(newFiles) of job " + graph.job().name() + " names '"
            + ref.name() + "', which is no table the job reads; new files there would start a run that does"
            + " not read them." + NameSuggestions.didYouMean(ref.name(), names)
            + (NameSuggestions.closest(ref.name(), names).isEmpty() ? " The job reads " + names + "." : ""), ref);
      } else if (table.get().format() == Format.ICEBERG) {
        diagnostics.error(Tag.BAD_TRIGGER, "@Trigger(newFiles) of job " + graph.job().name() + " names Iceberg"
            + " table " + ref.name() + ", whose new data arrives by a job's commit, not as files: start the job"
            + " after that job with @After or @Trigger(afterWriters = true).", ref);
      }
    }
  }

  private void checkPolicy(JobModel job, AnnotationMirror policy, TriggerModel model, Diagnostics diagnostics) {
    if (model.maxConcurrent() < 1) {
      diagnostics.error(Tag.BAD_TRIGGER, "@RunPolicy(maxConcurrent = " + model.maxConcurrent() + ") of job "
          + job.name() + " would never let a run start; use 1 or more.", job.element(), policy,
          annotations.value(policy, "maxConcurrent"));
    }
    if (model.retries() < 0) {
      diagnostics.error(Tag.BAD_TRIGGER, "@RunPolicy(retries = " + model.retries() + ") of job " + job.name()
          + " must be 0 or more.", job.element(), policy, annotations.value(policy, "retries"));
    }
    if (!model.timeout().isEmpty()) {
      checkDuration(job, policy, "timeout", model.timeout(), true, diagnostics);
    }
    for (NameRef property : model.properties()) {
      int eq = property.name().indexOf('=');
      if (eq <= 0 || property.name().substring(0, eq).isBlank()) {
        diagnostics.error(Tag.BAD_TRIGGER, "Run property '" + property.name() + "' of job " + job.name()
            + " is not key=value (a Spark setting such as \"spark.sql.shuffle.partitions=8\").", property);
      }
    }
  }

  private void checkDuration(JobModel job, AnnotationMirror mirror, String member, String text, boolean timeout,
      Diagnostics diagnostics) {
    Optional<Duration> duration = parse(text);
    String problem = duration.isEmpty() ? "is not a duration (write 30s, 15m, 2h or 1d)"
        : timeout && (duration.get().isZero() || duration.get().isNegative()) ? "must be longer than zero"
        : !timeout && (duration.get().compareTo(MIN_POLL) < 0 || duration.get().compareTo(MAX_POLL) > 0)
            ? "must be between 1s and 1d" : null;
    if (problem != null) {
      diagnostics.error(Tag.BAD_TRIGGER, (timeout ? "Timeout" : "Poll interval") + " '" + text + "' of job "
          + job.name() + " " + problem + ".", job.element(), mirror, annotations.value(mirror, member));
    }
  }

  /** {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d}, as {@code joinery run --timeout} reads them. */
  static Optional<Duration> parse(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})([smhd])").matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    long amount = Long.parseLong(m.group(1));
    return Optional.of(switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    });
  }

  /**
   * Jobs that start each other in a circle: none would start first. A circle made only of tables
   * jobs read and write is the graph pass's to report, once.
   */
  private void checkCycle(Build build, TriggerGraph triggers, Diagnostics diagnostics) {
    Map<JobGraph, List<Map.Entry<TriggerGraph.Upstream, JobGraph>>> starts = new LinkedHashMap<>();
    List<JobGraph> byName = build.jobs().stream().sorted(Comparator.comparing(g -> g.job().name())).toList();
    for (JobGraph job : byName) {
      for (TriggerGraph.Upstream upstream : triggers.upstreamOf(job)) {
        starts.computeIfAbsent(upstream.job(), k -> new ArrayList<>()).add(Map.entry(upstream, job));
      }
    }
    List<Map.Entry<TriggerGraph.Upstream, JobGraph>> cycle = new JobCycleSearch<>(starts).find(byName);
    if (cycle.isEmpty() || cycle.stream().allMatch(link -> link.getKey().derived())) {
      return;
    }
    // Reported on the first declared condition of the circle, where the user can break it, and told from there.
    Map.Entry<TriggerGraph.Upstream, JobGraph> at = cycle.stream().filter(link -> !link.getKey().derived())
        .min(Comparator.comparing(link -> link.getValue().job().name())).orElseThrow();
    List<Map.Entry<TriggerGraph.Upstream, JobGraph>> fromAt = new ArrayList<>(cycle);
    java.util.Collections.rotate(fromAt, -cycle.indexOf(at));
    List<String> links = new ArrayList<>();
    for (Map.Entry<TriggerGraph.Upstream, JobGraph> link : fromAt) {
      TriggerGraph.Upstream upstream = link.getKey();
      links.add(link.getValue().job().name() + " runs after " + upstream.job().job().name() + " "
          + upstream.state() + (upstream.derived() ? " (it reads " + upstream.table().name() + ")" : ""));
    }
    JobGraph waiting = at.getValue();
    atCondition(diagnostics, Tag.CYCLE, "Jobs start each other in a circle: " + String.join("; ", links)
        + ". None of them would ever start; remove one of these conditions.", waiting.job(),
        triggers.triggers(waiting), at.getKey().condition());
  }

  /**
   * An error on the {@code job} value of an {@code @After}. javac points at a lone one itself; one
   * of several sits in a container javac made up, so the error goes on the k-th {@code @After}
   * written on the class (the container keeps their order).
   */
  private void atCondition(Diagnostics diagnostics, Tag tag, String message, JobModel job, TriggerModel model,
      TriggerModel.Condition condition) {
    if (job.element().getAnnotationMirrors().contains(condition.annotation())) {
      diagnostics.error(tag, message, job.element(), condition.annotation(), condition.jobValue());
      return;
    }
    int k = model.after().indexOf(condition);
    Optional<Tree> tree = Optional.ofNullable(trees.getTree(job.element())).stream()
        .flatMap(c -> c.getModifiers().getAnnotations().stream())
        .filter(a -> a.getAnnotationType().toString().matches("(.*\\.)?After"))
        .skip(k).findFirst()
        .map(a -> a.getArguments().stream()
            .filter(arg -> arg instanceof AssignmentTree assign && assign.getVariable().toString().equals("job"))
            .map(arg -> (Tree) ((AssignmentTree) arg).getExpression()).findFirst().orElse(a));
    diagnostics.atTree(tag, message, job.element(), tree, true);
  }
}
