package dev.joinery.processor.model;

/** The kinds of step, as users declare them. */
public enum StepKind {
  FILTER("filter", "Filter"),
  MAP("map", "Map"),
  FLAT_MAP("flat map", "FlatMap"),
  JOIN("join", "Join"),
  AGGREGATE("aggregate", "Aggregate"),
  UNION("union", "Union"),
  SELECT("select", "Select"),
  DROP_NULLS("drop nulls", "DropNulls"),
  DEDUPLICATE("deduplicate", "Deduplicate"),
  SORT("sort", "Sort"),
  WINDOW("window", "Window"),
  FILL_MISSING("fill missing", "FillMissing"),
  UNBOX("unbox", "Unbox"),
  RELATIONALIZE("relationalize", "Relationalize");

  private final String label;
  private final String annotation;

  StepKind(String label, String annotation) {
    this.label = label;
    this.annotation = annotation;
  }

  /** How messages and progress output name the kind. */
  public String label() {
    return label;
  }

  /** The simple name of the annotation that declares it. */
  public String annotation() {
    return annotation;
  }

  public String annotationName() {
    return "dev.joinery.annotations." + annotation;
  }
}
