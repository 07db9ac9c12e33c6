package dev.joinery.samples;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM that runs Joinery's command line as a user's shell would start it: this test JVM's
 * java, classpath and Spark's flags ({@code --add-opens} and the rest), on loopback.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /** {@code java <Spark's flags> <jvmOptions> -cp <this classpath> JoineryCli <args>}, output and errors merged. */
  public static ProcessBuilder cli(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-") || a.startsWith("-XX:+IgnoreUnrecognized") || a.startsWith("-Djdk.reflect")
            || a.startsWith("-Dio.netty"))
        .forEach(command::add);
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.joinery.cli.JoineryCli"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return builder;
  }
}
