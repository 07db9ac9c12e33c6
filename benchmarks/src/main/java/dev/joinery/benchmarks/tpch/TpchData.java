package dev.joinery.benchmarks.tpch;

import io.trino.tpch.CustomerGenerator;
import io.trino.tpch.LineItemGenerator;
import io.trino.tpch.NationGenerator;
import io.trino.tpch.OrderGenerator;
import io.trino.tpch.PartGenerator;
import io.trino.tpch.PartSupplierGenerator;
import io.trino.tpch.RegionGenerator;
import io.trino.tpch.SupplierGenerator;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes TPC-H tables as Parquet with the trino-tpch port of dbgen, each table generated in parts
 * by Spark tasks. The same scale factor gives the same rows; a directory already holding a
 * scale factor's data is reused.
 */
public final class TpchData {
  private TpchData() {}

  /** The directory holding scale factor {@code sf}'s tables, generated if missing. */
  public static Path ensure(SparkSession spark, Path root, double sf) {
    Path dir = root.resolve("sf" + BigDecimal.valueOf(sf).stripTrailingZeros().toPlainString());
    if (Files.exists(dir.resolve("_COMPLETE_ALL_TABLES"))) {
      return dir;
    }
    int parts = Math.max(1, (int) Math.ceil(sf * 8));
    write(spark, dir.resolve("lineitem"), parts, LineItemRows.SCHEMA,
        (FlatMapFunction<Long, Row>) part -> rows(new LineItemGenerator(sf, part.intValue(), parts), TpchData::lineItem));
    write(spark, dir.resolve("orders"), parts, OrdersRows.SCHEMA,
        (FlatMapFunction<Long, Row>) part -> rows(new OrderGenerator(sf, part.intValue(), parts), TpchData::order));
    write(spark, dir.resolve("customer"), parts, CustomerRows.SCHEMA,
        (FlatMapFunction<Long, Row>) part -> rows(new CustomerGenerator(sf, part.intValue(), parts), TpchData::customer));
    write(spark, dir.resolve("part"), parts, PartRows.SCHEMA,
        (FlatMapFunction<Long, Row>) part -> rows(new PartGenerator(sf, part.intValue(), parts), TpchData::part));
    write(spark, dir.resolve("supplier"), parts, SupplierRows.SCHEMA,
        (FlatMapFunction<Long, Row>) part -> rows(new SupplierGenerator(sf, part.intValue(), parts), TpchData::supplier));
    write(spark, dir.resolve("partsupp"), parts, PartSuppRows.SCHEMA,
        (FlatMapFunction<Long, Row>) part -> rows(new PartSupplierGenerator(sf, part.intValue(), parts), TpchData::partSupp));
    // Nation and region are fixed lists, the same at every scale factor: one part each.
    write(spark, dir.resolve("nation"), 1, NationRows.SCHEMA,
        (FlatMapFunction<Long, Row>) part -> rows(new NationGenerator(), TpchData::nation));
    write(spark, dir.resolve("region"), 1, RegionRows.SCHEMA,
        (FlatMapFunction<Long, Row>) part -> rows(new RegionGenerator(), TpchData::region));
    try {
      Files.createFile(dir.resolve("_COMPLETE_ALL_TABLES"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return dir;
  }

  private static void write(SparkSession spark, Path dir, int parts, StructType schema, FlatMapFunction<Long, Row> generate) {
    spark.range(1, parts + 1, 1, parts).as(Encoders.LONG())
        .flatMap(generate, Encoders.row(schema))
        .write().mode("overwrite").parquet(dir.toString());
  }

  private static <T> Iterator<Row> rows(Iterable<T> generator, Function<T, Row> toRow) {
    return StreamSupport.stream(generator.spliterator(), false).map(toRow).iterator();
  }

  private static Row lineItem(io.trino.tpch.LineItem l) {
    return LineItemRows.toRow(new LineItem(l.getOrderKey(), l.getPartKey(), l.getSupplierKey(), l.getLineNumber(),
        BigDecimal.valueOf(l.getQuantity()).setScale(2), cents(l.getExtendedPriceInCents()),
        cents(l.getDiscountPercent()), cents(l.getTaxPercent()), l.getReturnFlag(), l.getStatus(),
        LocalDate.ofEpochDay(l.getShipDate()), LocalDate.ofEpochDay(l.getCommitDate()),
        LocalDate.ofEpochDay(l.getReceiptDate()), l.getShipInstructions(), l.getShipMode(), l.getComment()));
  }

  private static Row order(io.trino.tpch.Order o) {
    return OrdersRows.toRow(new Orders(o.getOrderKey(), o.getCustomerKey(), String.valueOf(o.getOrderStatus()),
        cents(o.getTotalPriceInCents()), LocalDate.ofEpochDay(o.getOrderDate()), o.getOrderPriority(), o.getClerk(),
        o.getShipPriority(), o.getComment()));
  }

  private static Row customer(io.trino.tpch.Customer c) {
    return CustomerRows.toRow(new Customer(c.getCustomerKey(), c.getName(), c.getAddress(), c.getNationKey(),
        c.getPhone(), cents(c.getAccountBalanceInCents()), c.getMarketSegment(), c.getComment()));
  }

  private static Row part(io.trino.tpch.Part p) {
    return PartRows.toRow(new Part(p.getPartKey(), p.getName(), p.getManufacturer(), p.getBrand(), p.getType(),
        p.getSize(), p.getContainer(), cents(p.getRetailPriceInCents()), p.getComment()));
  }

  private static Row supplier(io.trino.tpch.Supplier s) {
    return SupplierRows.toRow(new Supplier(s.getSupplierKey(), s.getName(), s.getAddress(), s.getNationKey(),
        s.getPhone(), cents(s.getAccountBalanceInCents()), s.getComment()));
  }

  private static Row partSupp(io.trino.tpch.PartSupplier ps) {
    return PartSuppRows.toRow(new PartSupp(ps.getPartKey(), ps.getSupplierKey(), ps.getAvailableQuantity(),
        cents(ps.getSupplyCostInCents()), ps.getComment()));
  }

  private static Row nation(io.trino.tpch.Nation n) {
    return NationRows.toRow(new Nation(n.getNationKey(), n.getName(), n.getRegionKey(), n.getComment()));
  }

  private static Row region(io.trino.tpch.Region r) {
    return RegionRows.toRow(new Region(r.getRegionKey(), r.getName(), r.getComment()));
  }

  private static BigDecimal cents(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }
}
