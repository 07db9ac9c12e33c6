package dev.joinery.samples.testjobs;

import java.util.concurrent.atomic.AtomicBoolean;

/** Set to make {@link FlakyJob}'s next row fail once; local Spark runs tasks in this JVM. */
public final class FlakyState {
  public static final AtomicBoolean FAILING = new AtomicBoolean();

  private FlakyState() {}
}
