package dev.joinery.crawler.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavaNamesTest {
  @Test
  void columnsBecomeLowerCamelCaseIdentifiers() {
    assertEquals("orderId", JavaNames.component("order_id"));
    assertEquals("orderId", JavaNames.component("orderId"));
    assertEquals("orderId", JavaNames.component("ORDER_ID"));
    assertEquals("readingId", JavaNames.component("reading id"));
    assertEquals("deviceName", JavaNames.component("Device-Name"));
    assertEquals("id", JavaNames.component("_id"));
    assertEquals("classValue", JavaNames.component("class"));
    assertEquals("recordValue", JavaNames.component("record"));
    assertEquals("column2nd", JavaNames.component("2nd"));
    assertEquals("column", JavaNames.component("--"));
  }

  @Test
  void tablesBecomeUpperCamelCaseRecords() {
    assertEquals("WebHits", JavaNames.record("raw.web_hits"));
    assertEquals("Orders", JavaNames.record("raw.orders"));
    assertEquals("Table2026", JavaNames.record("raw.2026"));
  }
}
