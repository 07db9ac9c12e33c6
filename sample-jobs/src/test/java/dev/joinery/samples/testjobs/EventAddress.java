package dev.joinery.samples.testjobs;

public record EventAddress(String city, String zip) {}
