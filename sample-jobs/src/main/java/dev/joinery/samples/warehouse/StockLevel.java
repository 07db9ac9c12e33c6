package dev.joinery.samples.warehouse;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.time.LocalDate;

/**
 * Stock on hand per product and warehouse, as the warehouse system keeps it in PostgreSQL (connection
 * {@code warehouse_db}), read in ranges of the product id.
 */
@Table(name = "warehouse.stock_levels", format = Format.JDBC, connection = "warehouse_db",
    location = "public.stock_levels", options = "partitionColumn=skuId")
public record StockLevel(long skuId, String warehouse, int onHand, int reorderLevel, LocalDate countedOn) {}
