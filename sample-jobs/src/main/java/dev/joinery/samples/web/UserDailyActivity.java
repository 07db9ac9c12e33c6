package dev.joinery.samples.web;

import dev.joinery.annotations.Count;
import dev.joinery.annotations.CountDistinct;
import dev.joinery.annotations.Max;
import dev.joinery.annotations.Min;
import dev.joinery.annotations.Sum;
import dev.joinery.annotations.Table;
import java.time.Instant;
import java.time.LocalDate;

/** What each signed-in person did on the site, per day (UTC). */
@Table(name = "curated.user_daily_activity", location = "data/curated/user_daily_activity")
public record UserDailyActivity(
    LocalDate day,
    String userId,
    @Count long pageViews,
    @CountDistinct("path") long distinctPages,
    @Sum("bytes") long bytes,
    @Sum("failed") long errors,
    @Min("ts") Instant firstSeen,
    @Max("ts") Instant lastSeen) {}
