package dev.joinery.samples.warehouse;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** A product to reorder in a warehouse, and how many. */
@Table(name = "reports.low_stock", location = "data/reports/low_stock", format = Format.CSV)
public record LowStockItem(String warehouse, long skuId, int onHand, int reorderQuantity) {}
