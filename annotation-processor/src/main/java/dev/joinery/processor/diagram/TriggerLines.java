package dev.joinery.processor.diagram;

import dev.joinery.annotations.RunPolicy;
import dev.joinery.annotations.Trigger;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.TriggerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The lines a job's box in the workflow diagram gets for what starts it and how it runs, beyond the defaults. */
final class TriggerLines {
  private TriggerLines() {}

  static List<String> of(TriggerModel model) {
    List<String> lines = new ArrayList<>();
    if (!model.newFiles().isEmpty()) {
      lines.add("new files in " + model.newFiles().stream().map(NameRef::name).collect(Collectors.joining(", "))
          + " (every " + model.poll() + ")");
    }
    if (model.catchUp() != Trigger.CatchUp.NONE) {
      lines.add("catch up: " + model.catchUp().name().toLowerCase(java.util.Locale.ROOT) + " missed slot"
          + (model.catchUp() == Trigger.CatchUp.ALL ? "s" : ""));
    }
    List<String> policy = new ArrayList<>();
    if (model.maxConcurrent() != 1 || model.whenBusy() != RunPolicy.WhenBusy.QUEUE) {
      policy.add(model.maxConcurrent() + " at once, " + model.whenBusy().name().toLowerCase(java.util.Locale.ROOT)
          + " when busy");
    }
    if (!model.timeout().isEmpty()) {
      policy.add("timeout " + model.timeout());
    }
    if (model.retries() > 0) {
      policy.add(model.retries() + (model.retries() == 1 ? " retry" : " retries"));
    }
    if (!policy.isEmpty()) {
      lines.add(String.join(", ", policy));
    }
    if (!model.workflow().isEmpty()) {
      lines.add("workflow " + model.workflow());
    }
    return lines;
  }
}
