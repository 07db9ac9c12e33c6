package dev.joinery.benchmarks.tpch;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Q1, Q3 and Q6 as a Spark user writes them with the typed Dataset API: beans, and the
 * per-row logic in Java lambdas that Catalyst cannot see into. Aggregations use Columns, as
 * Joinery's declarative steps do, so the comparison isolates the row logic.
 */
final class DatasetQueries {
  private DatasetQueries() {}

  static Dataset<Row> q1(SparkSession spark, Path data) {
    LocalDate cutoff = LocalDate.of(1998, 9, 2);
    return lineItems(spark, data)
        .filter((FilterFunction<LineItemBean>) l -> !l.getShipDate().isAfter(cutoff))
        .map((MapFunction<LineItemBean, ChargedBean>) l -> {
          BigDecimal discounted = l.getExtendedPrice().multiply(BigDecimal.ONE.subtract(l.getDiscount()));
          return new ChargedBean(l.getReturnFlag(), l.getLineStatus(), l.getQuantity(), l.getExtendedPrice(),
              discounted, discounted.multiply(BigDecimal.ONE.add(l.getTax())), l.getDiscount());
        }, Encoders.bean(ChargedBean.class))
        .groupBy(col("returnFlag"), col("lineStatus"))
        .agg(sum("quantity").as("sumQty"), sum("extendedPrice").as("sumBasePrice"),
            sum("discPrice").as("sumDiscPrice"), sum("charge").as("sumCharge"), avg("quantity").as("avgQty"),
            avg("extendedPrice").as("avgPrice"), avg("discount").as("avgDisc"), count(lit(1)).as("countOrder"))
        .orderBy("returnFlag", "lineStatus");
  }

  static Dataset<Row> q6(SparkSession spark, Path data) {
    LocalDate from = LocalDate.of(1994, 1, 1);
    LocalDate to = LocalDate.of(1995, 1, 1);
    BigDecimal low = new BigDecimal("0.05");
    BigDecimal high = new BigDecimal("0.07");
    BigDecimal most = new BigDecimal("24");
    return lineItems(spark, data)
        .filter((FilterFunction<LineItemBean>) l -> !l.getShipDate().isBefore(from) && l.getShipDate().isBefore(to)
            && l.getDiscount().compareTo(low) >= 0 && l.getDiscount().compareTo(high) <= 0
            && l.getQuantity().compareTo(most) < 0)
        .map((MapFunction<LineItemBean, BigDecimal>) l -> l.getExtendedPrice().multiply(l.getDiscount()),
            Encoders.DECIMAL())
        .agg(sum("value").as("revenue"));
  }

  static Dataset<Row> q3(SparkSession spark, Path data) {
    LocalDate day = LocalDate.of(1995, 3, 15);
    Dataset<CustomerBean> building = spark.read().parquet(data.resolve("customer").toString())
        .as(Encoders.bean(CustomerBean.class))
        .filter((FilterFunction<CustomerBean>) c -> "BUILDING".equals(c.getMktSegment()));
    Dataset<OrdersBean> early = spark.read().parquet(data.resolve("orders").toString())
        .as(Encoders.bean(OrdersBean.class))
        .filter((FilterFunction<OrdersBean>) o -> o.getOrderDate().isBefore(day));
    Dataset<LineItemBean> late = lineItems(spark, data)
        .filter((FilterFunction<LineItemBean>) l -> l.getShipDate().isAfter(day));
    return late.as("l")
        .join(early.as("o").join(building.as("c"), col("o.custKey").equalTo(col("c.custKey")), "left_semi"),
            col("l.orderKey").equalTo(col("o.orderKey")))
        .map((MapFunction<Row, VolumeBean>) r -> new VolumeBean(r.getLong(r.fieldIndex("orderKey")),
                r.getLocalDate(r.schema().fieldIndex("orderDate")), r.getInt(r.schema().fieldIndex("shipPriority")),
                r.getDecimal(r.schema().fieldIndex("extendedPrice"))
                    .multiply(BigDecimal.ONE.subtract(r.getDecimal(r.schema().fieldIndex("discount"))))),
            Encoders.bean(VolumeBean.class))
        .groupBy(col("orderKey"), col("orderDate"), col("shipPriority"))
        .agg(sum("amount").as("revenue"))
        .select(col("orderKey"), col("revenue"), col("orderDate"), col("shipPriority"))
        .orderBy(col("revenue").desc(), col("orderDate"))
        .limit(10);
  }

  private static Dataset<LineItemBean> lineItems(SparkSession spark, Path data) {
    return spark.read().parquet(data.resolve("lineitem").toString()).as(Encoders.bean(LineItemBean.class));
  }

  /** A LINEITEM row as a Java bean, which Spark's bean encoder needs (it cannot build records). */
  public static class LineItemBean implements Serializable {
    private long orderKey;
    private long partKey;
    private long suppKey;
    private int lineNumber;
    private BigDecimal quantity;
    private BigDecimal extendedPrice;
    private BigDecimal discount;
    private BigDecimal tax;
    private String returnFlag;
    private String lineStatus;
    private LocalDate shipDate;
    private LocalDate commitDate;
    private LocalDate receiptDate;
    private String shipInstruct;
    private String shipMode;
    private String comment;

    public long getOrderKey() { return orderKey; }
    public void setOrderKey(long v) { orderKey = v; }
    public long getPartKey() { return partKey; }
    public void setPartKey(long v) { partKey = v; }
    public long getSuppKey() { return suppKey; }
    public void setSuppKey(long v) { suppKey = v; }
    public int getLineNumber() { return lineNumber; }
    public void setLineNumber(int v) { lineNumber = v; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal v) { quantity = v; }
    public BigDecimal getExtendedPrice() { return extendedPrice; }
    public void setExtendedPrice(BigDecimal v) { extendedPrice = v; }
    public BigDecimal getDiscount() { return discount; }
    public void setDiscount(BigDecimal v) { discount = v; }
    public BigDecimal getTax() { return tax; }
    public void setTax(BigDecimal v) { tax = v; }
    public String getReturnFlag() { return returnFlag; }
    public void setReturnFlag(String v) { returnFlag = v; }
    public String getLineStatus() { return lineStatus; }
    public void setLineStatus(String v) { lineStatus = v; }
    public LocalDate getShipDate() { return shipDate; }
    public void setShipDate(LocalDate v) { shipDate = v; }
    public LocalDate getCommitDate() { return commitDate; }
    public void setCommitDate(LocalDate v) { commitDate = v; }
    public LocalDate getReceiptDate() { return receiptDate; }
    public void setReceiptDate(LocalDate v) { receiptDate = v; }
    public String getShipInstruct() { return shipInstruct; }
    public void setShipInstruct(String v) { shipInstruct = v; }
    public String getShipMode() { return shipMode; }
    public void setShipMode(String v) { shipMode = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { comment = v; }
  }

  /** An ORDERS row as a bean. */
  public static class OrdersBean implements Serializable {
    private long orderKey;
    private long custKey;
    private String orderStatus;
    private BigDecimal totalPrice;
    private LocalDate orderDate;
    private String orderPriority;
    private String clerk;
    private int shipPriority;
    private String comment;

    public long getOrderKey() { return orderKey; }
    public void setOrderKey(long v) { orderKey = v; }
    public long getCustKey() { return custKey; }
    public void setCustKey(long v) { custKey = v; }
    public String getOrderStatus() { return orderStatus; }
    public void setOrderStatus(String v) { orderStatus = v; }
    public BigDecimal getTotalPrice() { return totalPrice; }
    public void setTotalPrice(BigDecimal v) { totalPrice = v; }
    public LocalDate getOrderDate() { return orderDate; }
    public void setOrderDate(LocalDate v) { orderDate = v; }
    public String getOrderPriority() { return orderPriority; }
    public void setOrderPriority(String v) { orderPriority = v; }
    public String getClerk() { return clerk; }
    public void setClerk(String v) { clerk = v; }
    public int getShipPriority() { return shipPriority; }
    public void setShipPriority(int v) { shipPriority = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { comment = v; }
  }

  /** A CUSTOMER row as a bean. */
  public static class CustomerBean implements Serializable {
    private long custKey;
    private String name;
    private String address;
    private long nationKey;
    private String phone;
    private BigDecimal acctBal;
    private String mktSegment;
    private String comment;

    public long getCustKey() { return custKey; }
    public void setCustKey(long v) { custKey = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public long getNationKey() { return nationKey; }
    public void setNationKey(long v) { nationKey = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public BigDecimal getAcctBal() { return acctBal; }
    public void setAcctBal(BigDecimal v) { acctBal = v; }
    public String getMktSegment() { return mktSegment; }
    public void setMktSegment(String v) { mktSegment = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { comment = v; }
  }

  /** Q1's per-line values. */
  public static class ChargedBean implements Serializable {
    private String returnFlag;
    private String lineStatus;
    private BigDecimal quantity;
    private BigDecimal extendedPrice;
    private BigDecimal discPrice;
    private BigDecimal charge;
    private BigDecimal discount;

    public ChargedBean() {}

    ChargedBean(String returnFlag, String lineStatus, BigDecimal quantity, BigDecimal extendedPrice,
        BigDecimal discPrice, BigDecimal charge, BigDecimal discount) {
      this.returnFlag = returnFlag;
      this.lineStatus = lineStatus;
      this.quantity = quantity;
      this.extendedPrice = extendedPrice;
      this.discPrice = discPrice;
      this.charge = charge;
      this.discount = discount;
    }

    public String getReturnFlag() { return returnFlag; }
    public void setReturnFlag(String v) { returnFlag = v; }
    public String getLineStatus() { return lineStatus; }
    public void setLineStatus(String v) { lineStatus = v; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal v) { quantity = v; }
    public BigDecimal getExtendedPrice() { return extendedPrice; }
    public void setExtendedPrice(BigDecimal v) { extendedPrice = v; }
    public BigDecimal getDiscPrice() { return discPrice; }
    public void setDiscPrice(BigDecimal v) { discPrice = v; }
    public BigDecimal getCharge() { return charge; }
    public void setCharge(BigDecimal v) { charge = v; }
    public BigDecimal getDiscount() { return discount; }
    public void setDiscount(BigDecimal v) { discount = v; }
  }

  /** Q3's per-line values. */
  public static class VolumeBean implements Serializable {
    private long orderKey;
    private LocalDate orderDate;
    private int shipPriority;
    private BigDecimal amount;

    public VolumeBean() {}

    VolumeBean(long orderKey, LocalDate orderDate, int shipPriority, BigDecimal amount) {
      this.orderKey = orderKey;
      this.orderDate = orderDate;
      this.shipPriority = shipPriority;
      this.amount = amount;
    }

    public long getOrderKey() { return orderKey; }
    public void setOrderKey(long v) { orderKey = v; }
    public LocalDate getOrderDate() { return orderDate; }
    public void setOrderDate(LocalDate v) { orderDate = v; }
    public int getShipPriority() { return shipPriority; }
    public void setShipPriority(int v) { shipPriority = v; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { amount = v; }
  }
}
