package dev.joinery.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.joinery.review.compare.Change;
import dev.joinery.review.compare.Change.Kind;
import dev.joinery.review.compare.Change.What;
import dev.joinery.review.compare.Severity;
import dev.joinery.review.compare.SnapshotComparator;
import dev.joinery.review.snapshot.SnapshotReader;
import dev.joinery.review.snapshot.SnapshotSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each class of change, made to the sample jobs as a pull request would, classified and followed downstream. */
class LineageDiffTest {
  @TempDir
  static Path temp;
  static Path base;

  @BeforeAll
  static void buildBase() throws IOException {
    base = SampleBuilds.copy(temp.resolve("base")).build();
  }

  private static List<Change> diff(Path before, Path after) throws IOException {
    SnapshotReader reader = new SnapshotReader();
    return new SnapshotComparator(reader.read(SnapshotSource.of(before)), reader.read(SnapshotSource.of(after))).compare();
  }

  private static Change only(List<Change> changes, What what, Kind kind, String subject) {
    List<Change> found = changes.stream()
        .filter(c -> c.what() == what && c.kind() == kind && c.subject().equals(subject)).toList();
    assertEquals(1, found.size(), () -> what + " " + kind + " " + subject + " in " + changes);
    return found.get(0);
  }

  private static Set<Severity> severities(List<Change> changes) {
    return changes.stream().map(Change::severity).collect(Collectors.toSet());
  }

  @Test
  void theSameSourcesGiveNoChanges() throws IOException {
    assertEquals(List.of(), diff(base, SampleBuilds.copy(temp.resolve("same")).build()));
  }

  @Test
  void anAddedColumnIsNonBreakingAndHitsNobody() throws IOException {
    Path head = SampleBuilds.copy(temp.resolve("added-column"))
        .edit("DailyRevenue.java", "@CountDistinct(\"customerId\") long customers)",
            "@CountDistinct(\"customerId\") long customers,\n    @Max(\"amount\") @Decimal(precision = 18, scale = 2) BigDecimal largestLine)")
        .edit("DailyRevenue.java", "import dev.joinery.annotations.Decimal;", "import dev.joinery.annotations.Decimal;\nimport dev.joinery.annotations.Max;")
        .build();
    List<Change> changes = diff(base, head);

    Change added = only(changes, What.COLUMN, Kind.ADDED, "curated.daily_revenue.largestLine");
    assertEquals(Severity.NON_BREAKING, added.severity());
    assertEquals("decimal(18,2) added", added.detail());
    assertTrue(added.impact().isEmpty());
    assertEquals(Set.of(Severity.NON_BREAKING), severities(changes), changes::toString);
  }

  @Test
  void aRenamedColumnIsPartiallyBreakingForItsReadersOnly() throws IOException {
    Path head = SampleBuilds.copy(temp.resolve("renamed-column"))
        .edit("DailyRevenue.java", "@Count long orders", "@Count long paidOrders")
        .edit("TopMarketsJob.java", "r.orders() >= 20", "r.paidOrders() >= 20")
        .edit("TopMarketsJob.java", "@Select(from = \"strong\")", "@Select(from = \"strong\", rename = \"orders = paidOrders\")")
        .build();
    List<Change> changes = diff(base, head);

    Change renamed = only(changes, What.COLUMN, Kind.RENAMED, "curated.daily_revenue.orders");
    assertEquals(Severity.PARTIALLY_BREAKING, renamed.severity());
    assertEquals("renamed to paidOrders", renamed.detail());
    // top_markets filters on the column: its report's rows depend on it. daily_revenue's own readers only.
    assertEquals(Set.of("reports.top_markets"), renamed.impact().allTables());
    // The filter reads the renamed column under its new name; that alone is not a new filter.
    assertTrue(changes.stream().noneMatch(c -> c.severity() == Severity.BREAKING), changes::toString);
    assertEquals(Severity.PARTIALLY_BREAKING, only(changes, What.STEP, Kind.CHANGED, "top_markets.report").severity());
  }

  @Test
  void aRetypedColumnHitsTheColumnsAndRowsComputedFromIt() throws IOException {
    Path head = SampleBuilds.copy(temp.resolve("retyped-column"))
        .edit("Order.java", "@Decimal(precision = 10, scale = 2) BigDecimal price", "@Decimal(precision = 12, scale = 2) BigDecimal price")
        .build();
    List<Change> changes = diff(base, head);

    Change retyped = only(changes, What.COLUMN, Kind.CHANGED, "raw.orders.price");
    assertEquals(Severity.PARTIALLY_BREAKING, retyped.severity());
    assertEquals("type decimal(10,2) → decimal(12,2)", retyped.detail());
    // daily_revenue filters on price (paid) and sums it; top_markets reads daily_revenue;
    // order_ledger filters on it and multiplies it. customer_directory reads raw.orders too and does
    // not use price, but raw.orders skips malformed rows: a price that no longer parses drops its row.
    assertEquals(Set.of("curated.daily_revenue", "curated.order_ledger", "reports.top_markets",
        "curated.customer_directory"), retyped.impact().tables());
    assertEquals(List.of(retyped), changes);
  }

  @Test
  void aTightenedFilterIsBreakingForEveryTableDownstream() throws IOException {
    Path head = SampleBuilds.copy(temp.resolve("tightened-filter"))
        .edit("DailyRevenueJob.java", "o.quantity() != null;", "o.quantity() != null && o.quantity() > 1;")
        .build();
    List<Change> changes = diff(base, head);

    Change filter = only(changes, What.STEP, Kind.CHANGED, "daily_revenue.paid");
    assertEquals(Severity.BREAKING, filter.severity());
    assertEquals("filter definition changed", filter.detail());
    assertTrue(filter.after().contains("o.quantity() > 1"), filter.after());
    assertEquals(Set.of("curated.daily_revenue", "reports.top_markets"), filter.impact().tables());
    assertEquals(List.of(filter), changes);
  }

  @Test
  void aChangedJoinKeyIsBreakingAndMovesTheJoinLineage() throws IOException {
    Path head = SampleBuilds.copy(temp.resolve("join-key"))
        .edit("DailyRevenueJob.java", "@Join(on = \"customerId = id\")", "@Join(on = \"orderId = id\")")
        .build();
    List<Change> changes = diff(base, head);

    Change join = only(changes, What.STEP, Kind.CHANGED, "daily_revenue.line");
    assertEquals(Severity.BREAKING, join.severity());
    assertEquals(Set.of("curated.daily_revenue", "reports.top_markets"), join.impact().tables());
    Change removedEdge = only(changes, What.LINEAGE, Kind.REMOVED, "curated.daily_revenue");
    assertEquals("no longer from raw.orders.customerId (INDIRECT JOIN inner)", removedEdge.detail());
    Change addedEdge = only(changes, What.LINEAGE, Kind.ADDED, "curated.daily_revenue");
    assertEquals("now from raw.orders.orderId (INDIRECT JOIN inner)", addedEdge.detail());
    assertEquals(Severity.BREAKING, addedEdge.severity());
  }

  @Test
  void aRemovedJobIsBreakingAndAnAddedOneIsNot() throws IOException {
    Path without = SampleBuilds.copy(temp.resolve("no-top-markets"))
        .delete("TopMarketsJob.java").delete("TopMarket.java").build();

    List<Change> removal = diff(base, without);
    Change job = only(removal, What.JOB, Kind.REMOVED, "top_markets");
    assertEquals(Severity.BREAKING, job.severity());
    assertEquals(Set.of("reports.top_markets"), job.impact().tables());
    assertEquals(Severity.BREAKING, only(removal, What.TABLE, Kind.REMOVED, "reports.top_markets").severity());
    assertEquals(2, removal.size(), removal::toString);

    List<Change> addition = diff(without, base);
    assertEquals(Severity.NON_BREAKING, only(addition, What.JOB, Kind.ADDED, "top_markets").severity());
    assertEquals(Severity.NON_BREAKING, only(addition, What.TABLE, Kind.ADDED, "reports.top_markets").severity());
    assertEquals(2, addition.size(), addition::toString);
  }
}
