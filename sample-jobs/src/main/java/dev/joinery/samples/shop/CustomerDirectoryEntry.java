package dev.joinery.samples.shop;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** Customers who have ordered, with a name and a country, for the support team's spreadsheet. */
@Table(name = "curated.customer_directory", location = "data/curated/customer_directory", format = Format.CSV)
public record CustomerDirectoryEntry(long customerId, String customerName, String country, String tier) {}
