package dev.joinery.samples.web;

import dev.joinery.annotations.Aggregate;
import dev.joinery.annotations.Filter;
import dev.joinery.annotations.From;
import dev.joinery.annotations.Job;
import dev.joinery.annotations.Map;
import dev.joinery.annotations.Sink;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Traffic per site section and day, crawlers included, for the web team's dashboard. The section
 * is cut out of the path with {@code indexOf} and {@code substring}, which Spark has no Column
 * for: that step runs as JVM code on the executors.
 */
@Job(name = "section_traffic", schedule = "30 * * * *")
final class SectionTrafficJob {

  /** Requests for pages: health checks are the load balancer's, not visitors'. */
  @Filter
  static boolean page(AccessLogEntry e) {
    return !e.path().startsWith("/health");
  }

  /** The request's section, who made it, and whether a crawler or the server failed it. */
  @Map
  static SectionHit hit(@From("page") AccessLogEntry e) {
    String agent = e.userAgent() == null ? "" : e.userAgent().toLowerCase();
    return new SectionHit(LocalDate.ofInstant(e.ts(), ZoneOffset.UTC), section(e.path()), e.userId(),
        agent.contains("bot") ? 1 : 0, e.status() >= 500 ? 1 : 0);
  }

  record SectionHit(LocalDate day, String section, String userId, int crawler, int failed) {}

  /** Views, crawler requests, server errors and signed-in visitors per section and day. */
  @Aggregate(from = "hit", groupBy = {"day", "section"})
  @Sink
  SectionTraffic traffic;

  /**
   * The first segment of {@code path}, without query or fragment: {@code /products/7?ref=x} is
   * {@code products}, {@code /search?q=chair} is {@code search}; the front page {@code /} is {@code home}.
   */
  static String section(String path) {
    int end = path.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = path.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    int start = path.startsWith("/") ? 1 : 0;
    int slash = path.indexOf('/', start);
    if (slash >= 0 && slash < end) {
      end = slash;
    }
    return end <= start ? "home" : path.substring(start, end);
  }
}
