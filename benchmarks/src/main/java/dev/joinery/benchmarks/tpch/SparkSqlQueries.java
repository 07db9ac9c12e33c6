package dev.joinery.benchmarks.tpch;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The three queries as hand-written Spark SQL over the same Parquet files, written out like the jobs' results. */
final class SparkSqlQueries {
  static final String Q1 = """
      SELECT returnFlag, lineStatus,
        sum(quantity) AS sumQty, sum(extendedPrice) AS sumBasePrice,
        sum(extendedPrice * (1 - discount)) AS sumDiscPrice,
        sum(extendedPrice * (1 - discount) * (1 + tax)) AS sumCharge,
        avg(quantity) AS avgQty, avg(extendedPrice) AS avgPrice, avg(discount) AS avgDisc, count(*) AS countOrder
      FROM lineitem
      WHERE shipDate <= DATE '1998-12-01' - INTERVAL '90' DAY
      GROUP BY returnFlag, lineStatus
      ORDER BY returnFlag, lineStatus""";

  static final String Q3 = """
      SELECT l.orderKey, sum(l.extendedPrice * (1 - l.discount)) AS revenue, o.orderDate, o.shipPriority
      FROM customer c JOIN orders o ON c.custKey = o.custKey JOIN lineitem l ON l.orderKey = o.orderKey
      WHERE c.mktSegment = 'BUILDING' AND o.orderDate < DATE '1995-03-15' AND l.shipDate > DATE '1995-03-15'
      GROUP BY l.orderKey, o.orderDate, o.shipPriority
      ORDER BY revenue DESC, o.orderDate""";

  static final String Q6 = """
      SELECT sum(extendedPrice * discount) AS revenue
      FROM lineitem
      WHERE shipDate >= DATE '1994-01-01' AND shipDate < DATE '1994-01-01' + INTERVAL '1' YEAR
        AND discount BETWEEN 0.06 - 0.01 AND 0.06 + 0.01 AND quantity < 24""";

  private SparkSqlQueries() {}

  static void registerTables(SparkSession spark, Path data) {
    for (String table : new String[] {"lineitem", "orders", "customer"}) {
      spark.read().parquet(data.resolve(table).toString()).createOrReplaceTempView(table);
    }
  }

  static Dataset<Row> query(SparkSession spark, String sql) {
    return spark.sql(sql);
  }
}
