package dev.joinery.review.report;

import dev.joinery.review.compare.Change;
import dev.joinery.review.compare.Severity;
import dev.joinery.review.impact.Impact;
import java.util.List;
import java.util.stream.Collectors;

/** The diff as a pull-request comment: summary counts, then one table row per change. */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(List<Change> changes, String base, String head) {
    Summary summary = Summary.of(changes);
    StringBuilder md = new StringBuilder("## Joinery lineage diff\n\n");
    md.append("`").append(cell(base)).append("` → `").append(cell(head)).append("`\n\n");
    if (changes.isEmpty()) {
      return md.append("No lineage changes.\n").toString();
    }
    md.append("**").append(summary.count(Severity.BREAKING)).append(" breaking**, ")
        .append(summary.count(Severity.PARTIALLY_BREAKING)).append(" partially breaking, ")
        .append(summary.count(Severity.NON_BREAKING)).append(" non-breaking; downstream tables hit: ")
        .append(summary.downstreamTables().isEmpty() ? "none"
            : summary.downstreamTables().stream().map(t -> "`" + t + "`").collect(Collectors.joining(", ")))
        .append("\n\n");
    md.append("| class | change | subject | detail | downstream |\n|---|---|---|---|---|\n");
    for (Change change : changes) {
      md.append("| ").append(badge(change.severity())).append(" | ").append(change.label()).append(" | `")
          .append(cell(change.subject())).append("` | ").append(cell(change.detail())).append(" | ")
          .append(downstream(change.impact())).append(" |\n");
    }
    List<Change> definitions = changes.stream()
        .filter(c -> c.what() != Change.What.COLUMN && (c.before() != null || c.after() != null)).toList();
    if (!definitions.isEmpty()) {
      md.append("\n<details><summary>Definitions before and after</summary>\n\n");
      for (Change change : definitions) {
        md.append("`").append(cell(change.subject())).append("`\n\n```diff\n");
        lines(md, "- ", change.before());
        lines(md, "+ ", change.after());
        md.append("```\n\n");
      }
      md.append("</details>\n");
    }
    return md.toString();
  }

  private static void lines(StringBuilder md, String prefix, String text) {
    if (text != null) {
      text.lines().forEach(line -> md.append(prefix).append(line.replace("```", "`\u200b``")).append('\n'));
    }
  }

  private static String badge(Severity severity) {
    return switch (severity) {
      case BREAKING -> "🔴 breaking";
      case PARTIALLY_BREAKING -> "🟠 partially breaking";
      case NON_BREAKING -> "🟢 non-breaking";
    };
  }

  private static String downstream(Impact impact) {
    if (impact.isEmpty()) {
      return "—";
    }
    StringBuilder text = new StringBuilder();
    if (!impact.tables().isEmpty()) {
      text.append("rows of ").append(impact.tables().stream().map(t -> "`" + t + "`").collect(Collectors.joining(", ")));
    }
    if (!impact.columns().isEmpty()) {
      text.append(text.length() > 0 ? "; " : "").append("columns ")
          .append(impact.columns().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")));
    }
    return text.toString();
  }

  /** Text safe inside a table cell: no pipes or line breaks, no HTML. */
  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\r", "").replace("\n", " ");
  }
}
