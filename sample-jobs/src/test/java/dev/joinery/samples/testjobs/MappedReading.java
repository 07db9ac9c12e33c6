package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Column;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** Readings whose CSV header names columns no Java component could: @Column keeps those names. */
@Table(name = "test.mapped_readings", location = "in/mapped_readings", format = Format.CSV)
public record MappedReading(@Column("reading id") long readingId, @Column("Device-Name") String deviceName,
    double temperature) {}
