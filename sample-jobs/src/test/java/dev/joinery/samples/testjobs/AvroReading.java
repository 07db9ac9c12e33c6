package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.time.Instant;

@Table(name = "test.avro_readings", location = "out/avro_readings", format = Format.AVRO)
public record AvroReading(String deviceId, Instant at, Double value) {}
