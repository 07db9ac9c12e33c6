package dev.joinery.samples.shop;

import dev.joinery.annotations.Deduplicate;
import dev.joinery.annotations.DropNulls;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Join;
import dev.joinery.annotations.JoinType;
import dev.joinery.annotations.Select;
import dev.joinery.annotations.Sink;
import dev.joinery.annotations.Sort;

/**
 * The customer directory: every customer who has placed an order, once, with name and country
 * known, sorted by country and name.
 */
@Job(name = "customer_directory")
final class CustomerDirectoryJob {

  /** Customers whose name and country are known. */
  @DropNulls(from = "raw.customers", fields = {"name", "country"})
  Customer named;

  /** One row per customer id; the CRM export repeats some. */
  @Deduplicate(from = "named", keys = "id")
  Customer unique;

  /** Customers with at least one order. */
  @Join(left = "unique", right = "raw.orders", on = "id = customerId", type = JoinType.SEMI)
  Customer buyers;

  /** The directory's columns. */
  @Select(from = "buyers", rename = {"customerId = id", "customerName = name"})
  CustomerDirectoryEntry entry;

  /** Sorted for people to read. */
  @Sort(from = "entry", by = {"country", "customerName"})
  @Sink
  CustomerDirectoryEntry directory;
}
