package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.Fixtures.lineOf;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** {@code @Column} names and GROK/REGEX patterns: what compiles, what the generated code and lineage say, and each mistake's one tagged error. */
class ColumnNamesAndPatternsTest {

  private static void expectOneError(String table, String at, String... fragments) {
    JavaFileObject file = JavaFileObjects.forSourceString("logs.Hit", table);
    Compilation compilation = Compiler.javac().withProcessors(new JoineryProcessor()).compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    for (String fragment : fragments) {
      assertThat(compilation).hadErrorContaining(fragment).inFile(file).onLine(lineOf(table, at));
    }
  }

  @Test
  void mappedColumnsKeepTheDataNameInTheTableSpecAndLineage() throws Exception {
    String table = """
        package logs;

        import dev.joinery.annotations.*;

        @Table(name = "raw.hits", location = "data/hits", format = Format.CSV)
        public record Hit(@Column("client-ip") String clientIp, @Column("bytes_sent") long bytesSent) {}
        """;
    String sink = """
        package logs;

        import dev.joinery.annotations.*;

        @Table(name = "curated.hits", location = "out/hits", format = Format.PARQUET)
        public record HitCopy(@Column("client_ip") String clientIp, long bytesSent) {}
        """;
    String job = """
        package logs;

        import dev.joinery.annotations.*;

        @Job(name = "copy_hits")
        final class CopyJob {
          @Map
          @Sink
          static HitCopy copy(Hit h) { return new HitCopy(h.clientIp(), h.bytesSent()); }
        }
        """;
    Compilation compilation = Compiler.javac().withProcessors(new JoineryProcessor()).compile(
        JavaFileObjects.forSourceString("logs.Hit", table), JavaFileObjects.forSourceString("logs.HitCopy", sink),
        JavaFileObjects.forSourceString("logs.CopyJob", job));
    assertThat(compilation).succeededWithoutWarnings();
    String runner = Fixtures.generatedSource(compilation, "logs.JoineryCopyJob");
    assertThat(runner).contains("ColumnNames.of(\"clientIp\", \"client-ip\", \"bytesSent\", \"bytes_sent\")");
    assertThat(runner).contains("ColumnNames.of(\"clientIp\", \"client_ip\")");
    String lineage = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/joinery/copy_hits.lineage.json")
        .orElseThrow().getCharContent(true).toString();
    assertThat(lineage).contains("\"field\" : \"client-ip\"");
    assertThat(lineage).contains("\"client_ip\" : {");
    assertThat(lineage).doesNotContain("\"clientIp\" : {");
  }

  @Test
  void aBlankColumnNameIsAnError() {
    String table = """
        package logs;

        import dev.joinery.annotations.*;

        @Table(name = "raw.hits", location = "data/hits", format = Format.CSV)
        public record Hit(@Column(" ") String clientIp, long bytesSent) {}
        """;
    expectOneError(table, "@Column(\" \")", "[joinery:column-name] Component 'clientIp' of table 'raw.hits' has a"
        + " blank @Column name");
  }

  @Test
  void twoComponentsOnOneColumnAreAnError() {
    String table = """
        package logs;

        import dev.joinery.annotations.*;

        @Table(name = "raw.hits", location = "data/hits", format = Format.CSV)
        public record Hit(String clientIp,
            @Column("CLIENTIP") String address) {}
        """;
    expectOneError(table, "@Column(\"CLIENTIP\")", "[joinery:column-name] Components 'clientIp' and 'address' of"
        + " table 'raw.hits' both read column 'CLIENTIP' (Spark matches column names ignoring case)");
  }

  @Test
  void aGrokTableCompiles() {
    String table = """
        package logs;

        import dev.joinery.annotations.*;

        @Table(name = "raw.hits", location = "data/hits", format = Format.GROK,
            options = "pattern=%{COMMONAPACHELOG}")
        public record Hit(@Column("clientip") String clientIp, @Column("bytes") long bytesSent) {}
        """;
    assertThat(Compiler.javac().withProcessors(new JoineryProcessor())
        .compile(JavaFileObjects.forSourceString("logs.Hit", table))).succeededWithoutWarnings();
  }

  @Test
  void aGrokPatternThatDoesNotCompileIsAnError() {
    String table = """
        package logs;

        import dev.joinery.annotations.*;

        @Table(name = "raw.hits", location = "data/hits", format = Format.GROK,
            options = "pattern=%{NO_SUCH_PATTERN:x}")
        public record Hit(String x) {}
        """;
    expectOneError(table, "options = \"pattern=", "[joinery:bad-pattern] The grok pattern of table 'raw.hits' does"
        + " not compile");
  }

  @Test
  void aRegexPatternThatDoesNotCompileIsAnError() {
    String table = """
        package logs;

        import dev.joinery.annotations.*;

        @Table(name = "raw.hits", location = "data/hits", format = Format.REGEX,
            options = "pattern=(?<x>[a-z+")
        public record Hit(String x) {}
        """;
    expectOneError(table, "options = \"pattern=", "[joinery:bad-pattern] The regex pattern of table 'raw.hits'"
        + " does not compile: Unclosed character class");
  }

  @Test
  void aColumnWithoutACaptureIsAnError() {
    String table = """
        package logs;

        import dev.joinery.annotations.*;

        @Table(name = "raw.hits", location = "data/hits", format = Format.REGEX,
            options = "pattern=(?<ip>\\\\S+) (?<size>\\\\d+)")
        public record Hit(String ip,
            long bytes) {}
        """;
    expectOneError(table, "long bytes", "[joinery:bad-pattern] Column 'bytes' of table 'raw.hits' has no capture",
        "Captures: [ip, size]");
  }

  @Test
  void anXmlTableNamesItsRowTag() {
    String table = """
        package logs;

        import dev.joinery.annotations.*;

        @Table(name = "raw.books", location = "data/books", format = Format.XML)
        public record Hit(String title) {}
        """;
    expectOneError(table, "format = Format.XML", "[joinery:table-definition] XML table 'raw.books' needs the element"
        + " that holds one row: add options = \"rowTag=<element>\".");
  }
}
