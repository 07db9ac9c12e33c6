package dev.joinery.processor.reading;

import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.StepSpec.Fill;
import dev.joinery.processor.model.StepSpec.Statistic;
import java.util.Locale;

/**
 * Reads one {@code @FillMissing} value, {@code "component = value"}: a bare statistic name, or a
 * literal, quoted ({@code 'unknown'}) or bare ({@code 0}). Quotes make text unambiguous: the
 * string {@code 'mean'} is a literal, the word {@code mean} a statistic.
 */
final class FillValues {
  private FillValues() {}

  static Fill read(NameRef written) {
    int equals = written.name().indexOf('=');
    String column = equals < 0 ? written.name().strip() : written.name().substring(0, equals).strip();
    String value = equals < 0 ? "" : written.name().substring(equals + 1).strip();
    NameRef columnRef = new NameRef(column, written.element(), written.annotation(), written.value());
    boolean quoted = value.length() >= 2 && value.startsWith("'") && value.endsWith("'");
    if (quoted) {
      return new Fill(columnRef, written, value.substring(1, value.length() - 1), true, null);
    }
    for (Statistic statistic : Statistic.values()) {
      if (statistic.name().toLowerCase(Locale.ROOT).equals(value)) {
        return new Fill(columnRef, written, "", false, statistic);
      }
    }
    return new Fill(columnRef, written, value, false, null);
  }
}
