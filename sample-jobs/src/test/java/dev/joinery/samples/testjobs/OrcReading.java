package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.time.Instant;

@Table(name = "test.orc_readings", location = "out/orc_readings", format = Format.ORC)
public record OrcReading(String deviceId, Instant at, Double value) {}
