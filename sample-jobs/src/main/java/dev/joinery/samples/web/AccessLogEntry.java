package dev.joinery.samples.web;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.time.Instant;

/** The web server's access log, one JSON object per request. Anonymous requests have no user. */
@Table(name = "raw.access_log", location = "data/raw/access_log", format = Format.JSON)
public record AccessLogEntry(
    Instant ts, String userId, String method, String path, int status, Long bytes, String userAgent) {}
