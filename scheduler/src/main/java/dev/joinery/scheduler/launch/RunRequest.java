package dev.joinery.scheduler.launch;

import java.time.Duration;
import java.util.Map;

/**
 * One attempt of one run to start.
 *
 * @param firingId the trigger firing it belongs to ({@code joinery_trigger_firings})
 * @param attempt 1 for the first, 2 for the first retry...
 * @param timeout null for none
 */
public record RunRequest(String job, String firingId, int attempt, Duration timeout, Map<String, String> properties) {}
