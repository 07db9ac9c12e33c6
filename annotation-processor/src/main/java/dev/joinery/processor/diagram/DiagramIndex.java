package dev.joinery.processor.diagram;

import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/** {@code META-INF/joinery/index.html}: every job of the build with its diagram and its lineage. */
public final class DiagramIndex {

  /** A job's entry: its name, description, and whether an SVG was rendered (else only DOT exists). */
  public record Entry(String job, String description, boolean hasSvg) {}

  private DiagramIndex() {}

  /** @param workflowSvg whether {@code workflow.svg} was rendered */
  public static String html(List<Entry> jobs, boolean workflowSvg) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Joinery jobs</title>\n")
        .append("<style>body{font-family:sans-serif;margin:2em}section{margin-bottom:3em}"
            + "img{max-width:100%;border:1px solid #ddd}</style>\n")
        .append("</head>\n<body>\n<h1>Joinery jobs</h1>\n");
    if (workflowSvg) {
      html.append("<img src=\"workflow.svg\" alt=\"Jobs and tables\">\n");
    }
    html.append("<p><a href=\"workflow.dot\">workflow DOT</a></p>\n");
    for (Entry job : jobs) {
      String name = StringEscapeUtils.escapeHtml4(job.job());
      html.append("<section id=\"").append(name).append("\">\n<h2>").append(name).append("</h2>\n");
      if (!job.description().isEmpty()) {
        html.append("<p>").append(StringEscapeUtils.escapeHtml4(job.description())).append("</p>\n");
      }
      if (job.hasSvg()) {
        html.append("<img src=\"").append(name).append(".job.svg\" alt=\"Job diagram of ").append(name).append("\">\n");
        html.append("<h3>Column lineage</h3>\n<img src=\"").append(name).append(".lineage.svg\" alt=\"Column lineage of ")
            .append(name).append("\">\n");
      }
      html.append("<p><a href=\"").append(name).append(".job.dot\">job DOT</a> · <a href=\"").append(name)
          .append(".lineage.dot\">lineage DOT</a> · <a href=\"").append(name)
          .append(".lineage.json\">column lineage (OpenLineage JSON)</a></p>\n</section>\n");
    }
    return html.append("<p><a href=\"lineage.json\">Table lineage of the build</a></p>\n</body>\n</html>\n").toString();
  }
}
