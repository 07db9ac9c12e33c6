package dev.joinery.review.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.joinery.review.compare.Change;
import dev.joinery.review.compare.Severity;
import java.util.List;
import java.util.Locale;

/** The diff for tools: summary counts and every change with its class and downstream impact. */
public final class JsonReport {
  private JsonReport() {}

  public static String render(List<Change> changes, String base, String head) {
    ObjectMapper mapper = new ObjectMapper();
    Summary summary = Summary.of(changes);
    ObjectNode root = mapper.createObjectNode().put("base", base).put("head", head);
    ObjectNode counts = root.putObject("summary");
    for (Severity severity : Severity.values()) {
      counts.put(key(severity), summary.count(severity));
    }
    summary.downstreamTables().forEach(counts.putArray("downstreamTables")::add);
    for (Change change : changes) {
      ObjectNode node = root.withArray("changes").addObject()
          .put("class", key(change.severity()))
          .put("element", change.what().name().toLowerCase(Locale.ROOT))
          .put("kind", change.kind().name().toLowerCase(Locale.ROOT))
          .put("subject", change.subject())
          .put("detail", change.detail());
      if (change.before() != null) {
        node.put("before", change.before());
      }
      if (change.after() != null) {
        node.put("after", change.after());
      }
      ObjectNode downstream = node.putObject("downstream");
      change.impact().tables().forEach(downstream.putArray("tables")::add);
      change.impact().columns().forEach(downstream.putArray("columns")::add);
    }
    if (changes.isEmpty()) {
      root.putArray("changes");
    }
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return mapper.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String key(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
