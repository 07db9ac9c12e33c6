package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Column;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Max;
import dev.joinery.annotations.Table;

/** The warmest reading per device, written under the data's own column names. */
@Table(name = "test.mapped_maximums", location = "out/mapped_maximums", format = Format.PARQUET)
public record MappedMaximum(@Column("device_name") String deviceName,
    @Column("max_temperature") @Max("temperature") double maxTemperature) {}
