package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.time.Instant;

@Table(name = "test.readings", location = "in/readings", format = Format.PARQUET)
public record DeviceReading(String deviceId, Instant at, Double value) {}
