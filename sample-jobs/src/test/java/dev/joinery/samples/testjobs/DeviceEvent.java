package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.util.List;

/** One row per device and tag, with the device's latest reading if it has one. */
@Table(name = "test.device_events", location = "out/device_events", format = Format.JSON)
public record DeviceEvent(String deviceId, Device.Kind kind, String tag, Long steps, Device.Location where,
    List<Device.Location> history, Double reading) {}
