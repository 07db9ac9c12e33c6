package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Long and deeply shared step bodies: translated into generated code linear in their size, never a javac crash. */
class ExpressionSizeTest {

  private static String job(String body) {
    return """
        package shop;

        import dev.joinery.annotations.*;

        @Job(name = "sizes")
        final class SizesJob {
          @Table(name = "curated.wide", location = "data/curated/wide")
          record Wide(long orderId, long score) {}

          @Filter
          static boolean big(Order o) {
            %s
          }

          @Map
          @Sink
          static Wide wide(@From("big") Order o) {
            long a = o.orderId();
            return new Wide(o.orderId(), a);
          }
        }
        """.formatted(body);
  }

  @Test
  void aLongArithmeticChainCompilesAndStaysLinear() throws IOException {
    int terms = 600;
    String chain = IntStream.range(0, terms).mapToObj(i -> "o.quantity()").collect(Collectors.joining(" + "));
    Compilation compilation = compile(job("return " + chain + " > 5;"));

    assertThat(compilation).succeeded();
    String runner = Fixtures.generatedSource(compilation, "shop.JoinerySizesJob");
    assertThat(runner).contains("bigCondition()");
    assertThat(runner).doesNotContain("FilterFunction");
    // Each term adds a bounded amount of code, and no single statement nests without bound.
    assertThat(runner.length()).isLessThan(terms * 400);
    assertThat(longestLine(runner)).isLessThan(2_000);
  }

  @Test
  void aChainNearJavacsOwnLimitCompilesTranslatedOrOnTheJvm() throws Exception {
    // javac itself overflows a 1 MiB stack at about 1,700 terms; Joinery's reading must not fail first.
    String chain = IntStream.range(0, 1_200).mapToObj(i -> "o.quantity()").collect(Collectors.joining(" + "));
    Compilation[] compilation = new Compilation[1];
    Thread compiler = new Thread(null, () -> compilation[0] = compile(job("return " + chain + " > 5;")), "javac",
        1 << 20);
    compiler.start();
    compiler.join();

    assertThat(compilation[0]).succeeded();
    String runner = Fixtures.generatedSource(compilation[0], "shop.JoinerySizesJob");
    if (runner.contains("FilterFunction")) {
      assertThat(compilation[0]).hadNoteContaining("because of its nesting");
    }
  }

  @Test
  void aLocalUsedTwiceIsComputedOnceIntoAColumnLocal() throws IOException {
    Compilation compilation = compile(job(doublingLocals(6)));

    assertThat(compilation).succeeded();
    String runner = Fixtures.generatedSource(compilation, "shop.JoinerySizesJob");
    assertThat(runner).doesNotContain("FilterFunction");
    // Inlined, the last local would be 2^6 copies of the first; shared, each level is one statement.
    assertThat(runner).contains("Column part6 = ");
    assertThat(runner.length()).isLessThan(20_000);
  }

  @Test
  void aBodyWhosePlanWouldBeExponentialRunsOnTheJvmWithANote() throws IOException {
    Compilation compilation = compile(job(doublingLocals(30)));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("Step 'big' of job sizes runs as JVM code over rows, not as a Spark"
        + " expression, because of its size");
    String runner = Fixtures.generatedSource(compilation, "shop.JoinerySizesJob");
    assertThat(runner).contains("FilterFunction");
    assertThat(runner.length()).isLessThan(20_000);
  }

  /** A filter body whose {@code levels} locals each use the one before twice. */
  private static String doublingLocals(int levels) {
    StringBuilder body = new StringBuilder("long v0 = o.orderId();\n");
    for (int i = 1; i <= levels; i++) {
      body.append("long v").append(i).append(" = v").append(i - 1).append(" * 3 + v").append(i - 1).append(";\n");
    }
    return body.append("return v").append(levels).append(" > 0;").toString();
  }

  private static Compilation compile(String source) {
    return Fixtures.compile(Fixtures.job("shop.SizesJob", source));
  }

  private static int longestLine(String text) {
    return text.lines().mapToInt(String::length).max().orElse(0);
  }
}
