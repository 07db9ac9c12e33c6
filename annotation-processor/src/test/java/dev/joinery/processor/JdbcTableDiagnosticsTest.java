package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.Fixtures.lineOf;
import static dev.joinery.processor.Fixtures.replace;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Database tables: a valid one reaches the generated code with its connection's name; each mistake is one tagged error on its line. */
class JdbcTableDiagnosticsTest {
  private static final String SOURCE = """
      package shop;

      import dev.joinery.annotations.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;

      @Table(name = "pg.orders", format = Format.JDBC, connection = "shop_db", location = "public.orders",
          options = {"partitionColumn=id", "fetchsize=1000"})
      public record PgOrder(long id, String status, @Decimal(precision = 10, scale = 2) BigDecimal price,
          LocalDate day) {}

      @Job(name = "paid_copy")
      final class PaidCopyJob {
        @Filter
        static boolean paid(PgOrder o) { return "PAID".equals(o.status()); }

        @Map
        @Sink
        static PaidOrder copy(@From("paid") PgOrder o) { return new PaidOrder(o.id(), o.status(), o.price(), o.day()); }
      }
      """;

  private static final String PAID = """
      package shop;

      import dev.joinery.annotations.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;

      @Table(name = "pg.orders_paid", format = Format.JDBC, connection = "shop_db", location = "public.orders_paid")
      public record PaidOrder(long id, String status, @Decimal(precision = 10, scale = 2) BigDecimal price,
          LocalDate day) {}
      """;

  private static Compilation compile(String source) {
    return Fixtures.compile(Fixtures.job("shop.PgOrder", source), Fixtures.job("shop.PaidOrder", PAID));
  }

  private static void expectOneError(String source, String at, String fragment) {
    JavaFileObject file = Fixtures.job("shop.PgOrder", source);
    Compilation compilation = Fixtures.compile(file, Fixtures.job("shop.PaidOrder", PAID));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(fragment).inFile(file).onLine(lineOf(source, at));
  }

  @Test
  void aDatabaseTableReachesTheGeneratedJobWithItsConnectionsNameOnly() throws Exception {
    Compilation compilation = compile(SOURCE);
    assertThat(compilation).succeeded();
    String job = Fixtures.generatedSource(compilation, "shop.JoineryPaidCopyJob");
    assertThat(job).contains("Format.JDBC,\n    \"public.orders\"");
    assertThat(job).contains("\"partitionColumn\", \"id\", \"fetchsize\", \"1000\"");
    assertThat(job).contains("\"\",\n    List.of(),\n    \"shop_db\",\n    ColumnNames.NONE);");
  }

  @Test
  void aJdbcTableNeedsAConnection() {
    expectOneError(replace(SOURCE, "connection = \"shop_db\", ", ""), "format = Format.JDBC",
        "[joinery:table-definition] Table 'pg.orders' is JDBC but names no connection");
  }

  @Test
  void aFileTableTakesNoConnection() {
    String source = replace(SOURCE, "format = Format.JDBC, connection = \"shop_db\", location = \"public.orders\",\n"
        + "    options = {\"partitionColumn=id\", \"fetchsize=1000\"}",
        "format = Format.CSV, connection = \"shop_db\", location = \"data/orders\"");
    expectOneError(source, "connection = \"shop_db\"",
        "[joinery:table-definition] Table 'pg.orders' is CSV, and only a JDBC table reads through a connection");
  }

  @Test
  void aJdbcTableHasNoDirectoryPartitions() {
    expectOneError(replace(SOURCE, "location = \"public.orders\",", "location = \"public.orders\", partitionBy = \"day\","),
        "partitionBy = \"day\"", "[joinery:table-definition] Table 'pg.orders' is a database table, which has no"
            + " directory partitions. Remove partitionBy; to read it in parallel ranges, declare options ="
            + " \"partitionColumn=day\".");
  }

  @Test
  void itsLocationIsATableName() {
    expectOneError(replace(SOURCE, "location = \"public.orders\"", "location = \"data/orders\""),
        "location = \"data/orders\"", "[joinery:table-definition] Table 'pg.orders' is JDBC, so its location is the"
            + " database table");
  }

  @Test
  void credentialsAreNoOption() {
    expectOneError(replace(SOURCE, "\"fetchsize=1000\"", "\"password=hunter2\""), "password=hunter2",
        "[joinery:table-definition] Option 'password' of table 'pg.orders' belongs to the connection");
  }

  @Test
  void thePartitionColumnIsAComponentThatCanBeSplit() {
    expectOneError(replace(SOURCE, "partitionColumn=id", "partitionColumn=idd"), "partitionColumn=idd",
        "[joinery:unknown-column] Partition column 'idd' of table 'pg.orders' is not a component of PgOrder."
            + " Did you mean 'id'?");
    expectOneError(replace(SOURCE, "partitionColumn=id", "partitionColumn=status"), "partitionColumn=status",
        "[joinery:table-definition] Table 'pg.orders' cannot be read in ranges of 'status', which is string");
  }

  @Test
  void aDatabaseTableCannotBeBookmarked() {
    expectOneError(replace(SOURCE, "@Job(name = \"paid_copy\")", "@Job(name = \"paid_copy\", bookmarks = \"pg.orders\")"),
        "bookmarks = \"pg.orders\"", "[joinery:job-definition] Bookmark 'pg.orders' of job paid_copy is a database table");
  }
}
