package dev.joinery.samples.shop;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.time.Instant;

/** Customers from the CRM, one JSON object per line. Name and country may be missing. */
@Table(name = "raw.customers", location = "data/raw/customers", format = Format.JSON)
public record Customer(long id, String name, String country, Tier tier, Instant signedUpAt) {

  public enum Tier { STANDARD, SILVER, GOLD }
}
