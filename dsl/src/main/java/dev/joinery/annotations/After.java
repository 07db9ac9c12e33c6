package dev.joinery.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A condition of a conditional trigger, on a {@code @Job} class: the job runs when another job's
 * run ends in {@link #state} (AWS Glue's conditional trigger). Repeat it for several conditions;
 * {@link Trigger#logic} says whether all of them or any one must hold (all by default).
 *
 * <pre>{@code
 * @Job(name = "top_markets")
 * @After(job = "daily_revenue")                                  // succeeded
 * @After(job = "customer_directory", state = JobState.FAILED)
 * @Trigger(logic = Trigger.Logic.ANY)
 * final class TopMarketsJob { ... }
 * }</pre>
 *
 * <p>The build checks that the job is one of the compilation's jobs and that no circle of
 * triggers leads back to this one.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@Repeatable(After.List.class)
public @interface After {
  /** The watched job's name. */
  String job();

  /** The state its run must end in. */
  JobState state() default JobState.SUCCEEDED;

  /** The container javac puts repeated {@code @After} annotations in. */
  @Documented
  @Retention(RetentionPolicy.SOURCE)
  @Target(ElementType.TYPE)
  @interface List {
    After[] value();
  }
}
