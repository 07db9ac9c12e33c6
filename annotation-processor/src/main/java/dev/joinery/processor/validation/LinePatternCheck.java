package dev.joinery.processor.validation;

import dev.joinery.annotations.Format;
import dev.joinery.processor.diagnostics.Diagnostics;
import dev.joinery.processor.diagnostics.Tag;
import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.TableModel;
import dev.joinery.processor.reading.AnnotationValues;
import io.krakens.grok.api.Grok;
import io.krakens.grok.api.GrokCompiler;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a GROK or REGEX table's {@code pattern} option: it is there, it compiles, and it has a
 * named capture for every column in the files, since a column no capture fills would always be
 * empty.
 */
final class LinePatternCheck {
  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  private static GrokCompiler grok;

  private final AnnotationValues annotations;

  LinePatternCheck(AnnotationValues annotations) {
    this.annotations = annotations;
  }

  void check(TableModel table, Diagnostics diagnostics) {
    if (table.format() != Format.GROK && table.format() != Format.REGEX) {
      return;
    }
    Optional<NameRef> option = table.options().stream().filter(o -> o.name().matches("\\s*pattern\\s*=.*")).findFirst();
    if (option.isEmpty()) {
      diagnostics.error(Tag.BAD_PATTERN, "Table '" + table.name() + "' is " + table.format() + " but has no pattern;"
          + " add options = \"pattern=" + (table.format() == Format.GROK ? "%{COMBINEDAPACHELOG}" : "(?<name>\\\\w+) ...")
          + "\".", table.record().element(), table.annotation(), annotations.value(table.annotation(), "format"));
      return;
    }
    String pattern = option.get().name().substring(option.get().name().indexOf('=') + 1).strip();
    Set<String> captures;
    try {
      captures = table.format() == Format.GROK ? grokCaptures(pattern) : regexCaptures(pattern);
    } catch (IllegalArgumentException e) {
      diagnostics.error(Tag.BAD_PATTERN, "The " + table.format().name().toLowerCase(java.util.Locale.ROOT)
          + " pattern of table '" + table.name() + "' does not compile: " + firstLine(e.getMessage()), option.get());
      return;
    }
    Set<String> partitions = new TreeSet<>();
    table.partitionBy().forEach(p -> partitions.add(p.name()));
    for (Component component : table.record().components()) {
      if (!partitions.contains(component.name()) && !captures.contains(component.columnName())) {
        diagnostics.error(Tag.BAD_PATTERN, "Column '" + component.columnName() + "' of table '" + table.name()
            + "' has no capture of that name in the pattern, so it would always be empty. Captures: "
            + new TreeSet<>(captures) + ".", component.element());
      }
    }
  }

  private static synchronized Set<String> grokCaptures(String pattern) {
    if (grok == null) {
      // The patterns the runtime's LinePattern registers: Logstash's standard set and syslog's.
      grok = GrokCompiler.newInstance();
      grok.registerDefaultPatterns();
      try {
        grok.registerPatternFromClasspath("/patterns/linux-syslog");
      } catch (io.krakens.grok.api.exception.GrokException e) {
        throw new IllegalStateException("java-grok's syslog patterns are missing from its jar", e);
      }
    }
    Grok compiled = grok.compile(pattern, true);
    Pattern.compile(compiled.getNamedRegex());
    Set<String> captures = new TreeSet<>();
    compiled.namedGroups.forEach(group -> captures.add(compiled.getNamedRegexCollectionById(group)));
    return captures;
  }

  private static Set<String> regexCaptures(String pattern) {
    Pattern.compile(pattern);
    Set<String> captures = new TreeSet<>();
    Matcher groups = NAMED_GROUP.matcher(pattern);
    while (groups.find()) {
      captures.add(groups.group(1));
    }
    return captures;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
