package dev.joinery.runtime;

import java.util.Locale;

/**
 * A request to sample the rows flowing out of one step during a run (AWS Glue's Spigot): a number
 * of rows, or a fraction of them chosen with a seed, so the same input gives the same sample.
 *
 * @param step the step's name, as {@code joinery explain} lists it
 * @param rows at most this many rows, or 0 when sampling by {@link #fraction}
 * @param fraction the share of rows to keep, in (0, 1], or 0 when taking {@link #rows}
 * @param seed the sampling seed
 */
public record Spigot(String step, int rows, double fraction, long seed) {
  public static final long DEFAULT_SEED = 42;

  public Spigot {
    if ((rows > 0) == (fraction > 0) || rows < 0 || fraction < 0 || fraction > 1) {
      throw new IllegalArgumentException("A spigot takes a number of rows (100) or a fraction (0.05), not both");
    }
  }

  /**
   * {@code step=100} (the first 100 rows) or {@code step=0.05} (5% of the rows).
   *
   * @throws IllegalArgumentException with a message for the command line
   */
  public static Spigot parse(String step, String amount, long seed) {
    try {
      if (amount.contains(".")) {
        double fraction = Double.parseDouble(amount);
        if (fraction > 0 && fraction <= 1) {
          return new Spigot(step, 0, fraction, seed);
        }
      } else {
        int rows = Integer.parseInt(amount);
        if (rows > 0) {
          return new Spigot(step, rows, 0, seed);
        }
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException("--spigot " + step + "=" + amount
        + ": give a number of rows (" + step + "=100) or a fraction between 0 and 1 (" + step + "=0.05)");
  }

  /** The catalog table the sample is registered as: {@code spigot.<job>_<step>}. */
  public String tableName(String job) {
    return "spigot." + (job + "_" + step).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
  }

  String describe() {
    return rows > 0 ? "first " + rows + " rows" : String.format(Locale.ROOT, "%.4g of the rows, seed %d", fraction, seed);
  }
}
