package dev.joinery.processor.validation;

import dev.joinery.processor.analysis.Build;
import dev.joinery.processor.diagnostics.Diagnostics;

/** One family of checks over the build model. Passes report and never throw; each may assume nothing of the others. */
public interface ValidationPass {
  void validate(Build build, Diagnostics diagnostics);
}
