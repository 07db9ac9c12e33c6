package dev.joinery.benchmarks.tpch;

import dev.joinery.runtime.JoineryJob;
import java.util.List;
import java.util.function.Supplier;

/** The 22 TPC-H queries as Joinery jobs, each with the table it writes its answer to. */
public final class TpchQueries {
  private TpchQueries() {}

  /** Query {@code number}: a new instance of its job, and its output table, {@code tpch.qN}. */
  public record Query(int number, Supplier<JoineryJob> job) {
    public String output() {
      return "tpch.q" + number;
    }
  }

  public static final List<Query> ALL = List.of(
      new Query(1, JoineryQ1Job::new), new Query(2, JoineryQ2Job::new), new Query(3, JoineryQ3Job::new),
      new Query(4, JoineryQ4Job::new), new Query(5, JoineryQ5Job::new), new Query(6, JoineryQ6Job::new),
      new Query(7, JoineryQ7Job::new), new Query(8, JoineryQ8Job::new), new Query(9, JoineryQ9Job::new),
      new Query(10, JoineryQ10Job::new), new Query(11, JoineryQ11Job::new), new Query(12, JoineryQ12Job::new),
      new Query(13, JoineryQ13Job::new), new Query(14, JoineryQ14Job::new), new Query(15, JoineryQ15Job::new),
      new Query(16, JoineryQ16Job::new), new Query(17, JoineryQ17Job::new), new Query(18, JoineryQ18Job::new),
      new Query(19, JoineryQ19Job::new), new Query(20, JoineryQ20Job::new), new Query(21, JoineryQ21Job::new),
      new Query(22, JoineryQ22Job::new));

  public static Query number(int number) {
    return ALL.stream().filter(q -> q.number() == number).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("TPC-H has queries 1 to 22, not " + number));
  }
}
