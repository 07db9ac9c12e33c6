package dev.joinery.review;

import java.io.IOException;
import java.nio.file.Path;

/** {@link SampleBuilds} for tests of other packages. */
public final class SampleBuildsAccess {
  private SampleBuildsAccess() {}

  /** The sample jobs built under {@code root}, with one edit when {@code file} is not null. */
  public static Path build(Path root, String file, String text, String replacement) throws IOException {
    SampleBuilds builds = SampleBuilds.copy(root);
    if (file != null) {
      builds.edit(file, text, replacement);
    }
    return builds.build();
  }
}
