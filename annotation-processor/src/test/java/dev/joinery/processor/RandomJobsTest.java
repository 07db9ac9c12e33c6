package dev.joinery.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Random job shapes ({@link RandomJob}), compiled with the processor: whatever they are, the
 * processor never fails internally, every error it reports is tagged and on the job's source,
 * and what it generates compiles (javac compiles generated sources in the same compilation, so
 * an error in one would show here).
 */
class RandomJobsTest {

  @Property
  void theProcessorNeverFailsInternallyAndWhatItGeneratesCompiles(@ForAll long seed) {
    String source = new RandomJob(seed).source();
    JavaFileObject file = JavaFileObjects.forSourceString("gen.GenJob", source);
    Compilation compilation = Compiler.javac().withProcessors(new JoineryProcessor())
        .withOptions("-Ajoinery.svg=" + (seed % 10 == 0))
        .compile(file);

    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    for (Diagnostic<? extends JavaFileObject> error : errors) {
      String message = error.getMessage(null);
      String where = error.getSource() == null ? "no file" : error.getSource().getName();
      assertWithMessage("error %s at %s:%s, for seed %s and source\n%s", message, where, error.getLineNumber(), seed,
          numbered(source))
          .that(message.startsWith("[joinery:") && !message.startsWith("[joinery:internal-error]")
              && where.endsWith("gen/GenJob.java"))
          .isTrue();
    }
    Statistics.label("outcome").collect(errors.isEmpty() ? "compiled" : "rejected with a tagged error");
    Statistics.label("first error").collect(errors.isEmpty() ? "none"
        : errors.get(0).getMessage(null).replaceAll("(?s)\\].*", "]"));
  }

  private static String numbered(String source) {
    String[] lines = source.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      out.append(String.format("%4d  %s%n", i + 1, lines[i]));
    }
    return out.toString();
  }
}
