package dev.joinery.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding the class a failed run could not load, wherever Spark put it. */
class MissingClassTest {

  @Test
  void inATaskFailureMessage() {
    // What Spark's scheduler throws on the driver when an executor could not load a class.
    RuntimeException failure = new RuntimeException("Failed to write", new RuntimeException(
        "Job aborted due to stage failure: Task 0 in stage 1.0 failed 4 times, most recent failure: Lost task 0.3 in"
            + " stage 1.0 (TID 5) (127.0.0.1 executor 0): java.lang.ClassNotFoundException:"
            + " dev.joinery.samples.web.JoinerySectionTrafficJob\n\tat java.base/java.net.URLClassLoader.findClass"));
    assertEquals(Optional.of("dev.joinery.samples.web.JoinerySectionTrafficJob"), MissingClass.in(failure));
  }

  @Test
  void asACause() {
    RuntimeException failure = new RuntimeException("stage failure", new NoClassDefFoundError("dev/joinery/runtime/Values"));
    assertEquals(Optional.of("dev.joinery.runtime.Values"), MissingClass.in(failure));
    assertEquals(Optional.of("com.example.Job$Line"),
        MissingClass.in(new IllegalStateException(new ClassNotFoundException("com.example.Job$Line"))));
    assertEquals(Optional.of("org.apache.iceberg.Table"), MissingClass.in(new RuntimeException(
        "Lost task: java.lang.NoClassDefFoundError: org/apache/iceberg/Table")));
  }

  @Test
  void notOtherFailures() {
    assertEquals(Optional.empty(), MissingClass.in(new RuntimeException("Table raw.orders, file x.csv, line 3")));
    assertEquals(Optional.empty(), MissingClass.in(new RuntimeException(
        "java.lang.NoClassDefFoundError: Could not initialize class com.example.Job")));
    assertEquals(Optional.empty(), MissingClass.in(new NoClassDefFoundError("Could not initialize class com.example.Job")));
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b); // a cycle: the search ends
    assertEquals(Optional.empty(), MissingClass.in(a));
  }
}
