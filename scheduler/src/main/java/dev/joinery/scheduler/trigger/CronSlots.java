package dev.joinery.scheduler.trigger;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The slots of a Unix cron expression, in UTC (the catalog's time zone), with cron-utils. */
public final class CronSlots {
  private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  private final String expression;
  private final ExecutionTime execution;

  public CronSlots(String expression) {
    this.expression = expression;
    this.execution = ExecutionTime.forCron(PARSER.parse(expression));
  }

  public String expression() {
    return expression;
  }

  /** The first slot strictly after {@code time}. */
  public Instant nextAfter(Instant time) {
    return execution.nextExecution(time.atZone(ZoneOffset.UTC)).orElseThrow().toInstant();
  }

  /** The slots after {@code from} up to and including {@code until}, oldest first; the newest {@code max} if there are more. */
  public List<Instant> between(Instant from, Instant until, int max) {
    List<Instant> slots = new ArrayList<>();
    for (Instant slot = nextAfter(from); !slot.isAfter(until); slot = nextAfter(slot)) {
      slots.add(slot);
      if (slots.size() > max) {
        slots.remove(0);
      }
    }
    return slots;
  }
}
