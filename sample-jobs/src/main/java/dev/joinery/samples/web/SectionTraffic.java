package dev.joinery.samples.web;

import dev.joinery.annotations.Count;
import dev.joinery.annotations.CountDistinct;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.time.LocalDate;

/** Requests per site section and day (UTC), for the web team's dashboard. */
@Table(name = "reports.section_traffic", location = "data/reports/section_traffic", format = Format.CSV)
public record SectionTraffic(
    LocalDate day,
    String section,
    @Count long requests,
    @Sum("crawler") long crawlerRequests,
    @Sum("failed") long serverErrors,
    @CountDistinct("userId") long signedInVisitors) {}
