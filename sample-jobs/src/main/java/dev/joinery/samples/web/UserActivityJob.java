package dev.joinery.samples.web;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.From;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Daily activity per signed-in user, from the access log, without bots and health checks. */
@Job(name = "user_activity", schedule = "15 * * * *")
final class UserActivityJob {

  /** Requests by signed-in people: no bots, no health checks. */
  @Filter
  static boolean human(AccessLogEntry e) {
    return e.userId() != null
        && (e.userAgent() == null || !e.userAgent().toLowerCase().contains("bot"))
        && !e.path().startsWith("/health");
  }

  /** A page view: the request reduced to what the report needs. */
  @Map
  static PageView view(@From("human") AccessLogEntry e) {
    LocalDate day = LocalDate.ofInstant(e.ts(), ZoneOffset.UTC);
    long bytes = e.bytes() == null ? 0L : e.bytes();
    return new PageView(day, e.userId(), e.path(), bytes, e.status() >= 500 ? 1 : 0, e.ts());
  }

  record PageView(LocalDate day, String userId, String path, long bytes, int failed, Instant ts) {}

  /** Views, pages, bytes and server errors per user and day. */
  @Aggregate(from = "view", groupBy = {"day", "userId"})
  @Sink
  UserDailyActivity activity;
}
