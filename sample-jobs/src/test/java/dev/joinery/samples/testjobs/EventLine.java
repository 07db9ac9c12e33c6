package dev.joinery.samples.testjobs;

public record EventLine(String sku, Integer qty) {}
