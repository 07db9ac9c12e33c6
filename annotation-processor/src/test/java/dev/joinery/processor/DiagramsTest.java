package dev.joinery.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.joinery.processor.Fixtures.REVENUE_JOB;
import static dev.joinery.processor.Fixtures.replace;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Job diagrams and their index, written at compile time. */
class DiagramsTest {

  private static String resource(Compilation compilation, String path) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow()
        .getCharContent(true).toString();
  }

  @Test
  void jobDiagramShowsTablesStepsAndRecordTypes() throws IOException {
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", REVENUE_JOB));
    assertThat(compilation).succeededWithoutWarnings();

    String dot = resource(compilation, "META-INF/joinery/daily_revenue.job.dot");
    assertThat(dot).contains("label=\"daily_revenue: Revenue per country and day, from paid orders only.\"");
    assertThat(dot).contains("[shape=cylinder, label=\"raw.orders\\nCSV · data/raw/orders\"]");
    assertThat(dot).contains("[shape=box, label=\"paid (filter)\\nOrders that were paid.\\nSpark expression\"]");
    assertThat(dot).contains("[label=\"DailyRevenueJob.Line\"]");
    assertThat(dot).contains("label=\"curated.daily_revenue\\nPARQUET · OVERWRITE · partitioned by day\\ndata/curated/daily_revenue\"");
    String svg = resource(compilation, "META-INF/joinery/daily_revenue.job.svg");
    assertThat(svg).startsWith("<svg");
    assertThat(svg).contains(">paid (filter)</text>");
    String index = resource(compilation, "META-INF/joinery/index.html");
    assertThat(index).contains("<img src=\"daily_revenue.job.svg\" alt=\"Job diagram of daily_revenue\">");
    assertThat(index).contains("<a href=\"daily_revenue.lineage.json\">");
  }

  @Test
  void javadocIsShownAsTextNeverAsMarkup() throws IOException {
    String source = replace(REVENUE_JOB, "/** Orders that were paid. */", "/** <script>alert(1)</script> & \"paid\". */");
    source = replace(source, "/** Revenue per country and day, from paid orders only. */",
        "/** Revenue <script>alert(2)</script>. */");
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", source));
    assertThat(compilation).succeeded();

    String svg = resource(compilation, "META-INF/joinery/daily_revenue.job.svg");
    assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;paid&quot;.");
    assertThat(svg.toLowerCase()).doesNotContain("<script");
    String index = resource(compilation, "META-INF/joinery/index.html");
    assertThat(index).contains("Revenue &lt;script&gt;alert(2)&lt;/script&gt;.");
    assertThat(index.toLowerCase()).doesNotContain("<script");
  }

  @Test
  void htmlInJavadocIsTextAndEveryDiagramStillRenders() throws IOException {
    String source = replace(REVENUE_JOB, "/** Orders that were paid. */", "/** Orders that were <img src=\"x.png\"> paid. */");
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", source));
    assertThat(compilation).succeeded();

    assertThat(resource(compilation, "META-INF/joinery/daily_revenue.job.svg"))
        .contains("Orders that were &lt;img src=&quot;x.png&quot;&gt; paid.");
    assertThat(resource(compilation, "META-INF/joinery/daily_revenue.lineage.svg")).startsWith("<svg");
    assertThat(resource(compilation, "META-INF/joinery/workflow.svg")).startsWith("<svg");
  }

  @Test
  void columnLineageDiagramDrawsEachDependencyInItsStyle() throws IOException {
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", REVENUE_JOB));
    String dot = resource(compilation, "META-INF/joinery/daily_revenue.lineage.dot");
    // Nodes in order: raw.orders (n0), raw.customers (n1), paid (n2), line (n3), revenue (n4), the sink (n5).
    assertThat(dot).contains("<td port=\"c3\" align=\"left\">price</td>");
    assertThat(dot).contains("n2:c3 -> n3:c2 [label=\"\", color=\"#1f6feb\", style=solid"); // price -> amount: transformation
    assertThat(dot).contains("n3:c2 -> n4:c2 [label=\"\", color=\"#8250df\", style=bold"); // amount -> revenue: aggregation
    assertThat(dot).contains("n0:c2 -> n2 [label=\"filter\", color=\"#8c959f\", style=dashed"); // status decides paid's rows
    assertThat(dot).contains("n2:c1 -> n3 [label=\"join\"");
    assertThat(dot).contains("n4:c0 -> n5:c0 [label=\"\", color=\"black\"");
    assertThat(dot).contains("legend [shape=plaintext");
    assertThat(resource(compilation, "META-INF/joinery/daily_revenue.lineage.svg")).startsWith("<svg");
  }

  @Test
  void workflowDiagramShowsWhoReadsAndWritesEachTable() throws IOException {
    Compilation compilation = Fixtures.compile(Fixtures.job("shop.DailyRevenueJob", REVENUE_JOB));
    String dot = resource(compilation, "META-INF/joinery/workflow.dot");
    // Tables first (raw.orders n0, raw.customers n1, curated.daily_revenue n2), then the job (n3).
    assertThat(dot).contains("n3 [shape=component, label=\"daily_revenue\\nRevenue per country and day, from paid orders only.\\ncron 0 2 * * *\"]");
    assertThat(dot).contains("n0 -> n3 [label=\"reads\"]");
    assertThat(dot).contains("n3 -> n2 [label=\"overwrite\"]");
    assertThat(resource(compilation, "META-INF/joinery/index.html")).contains("<img src=\"workflow.svg\"");
  }
}
