package dev.joinery.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The source of one random job class, for the generative test: tables and step records with
 * components of every supported type (and some unsupported ones), steps of every kind wired in
 * random order, names that collide with generated identifiers or differ only in case, long and
 * shared expressions, odd Javadoc, and now and then a degenerate annotation value. It is always
 * valid Java; whether it is a valid job is for the processor to say.
 */
final class RandomJob {
  /** A component type: its Java spelling, and what expressions of it can be built. */
  enum Type {
    INT("int"), BOXED_INT("Integer"), LONG("long"), BOXED_LONG("Long"), DOUBLE("double"), BOXED_DOUBLE("Double"),
    BOOL("boolean"), BOXED_BOOL("Boolean"), STRING("String"), DECIMAL("BigDecimal"), DATE("LocalDate"),
    INSTANT("Instant"), SHORT("short"), BYTES("byte[]"), LONGS("long[]"), STRINGS("List<String>"),
    NESTED_LISTS("List<List<Long>>"), MULTIMAP("java.util.Map<String, List<String>>"), COLOR("Color"),
    POINT("Point"), POINTS("List<Point>"), OBJECT("Object");

    final String java;

    Type(String java) {
      this.java = java;
    }

    boolean primitive() {
      return List.of("int", "long", "double", "boolean", "short").contains(java);
    }

    /** The kind of value expressions compute for this type, or null when only a component or null will do. */
    Type value() {
      switch (this) {
        case INT: case BOXED_INT: case SHORT: return INT;
        case LONG: case BOXED_LONG: return LONG;
        case DOUBLE: case BOXED_DOUBLE: return DOUBLE;
        case BOOL: case BOXED_BOOL: return BOOL;
        case STRING: return STRING;
        case DECIMAL: return DECIMAL;
        case DATE: return DATE;
        default: return null;
      }
    }
  }

  /** A record component; {@code annotation} is an aggregate annotation such as {@code @Sum("x")}, or empty. */
  record Col(String name, Type type, String annotation) {
    Col(String name, Type type) {
      this(name, type, "");
    }
  }

  record Rec(String name, List<Col> cols, String table) {}

  /** Something a step can read: a table or an earlier step, by the name {@code @From} uses. */
  record Producer(String name, Rec rec) {}

  /** A value in scope in a body: a parameter's component, or a local. */
  record Var(String java, Type type) {}

  private static final String[] COMPONENT_NAMES = {"id", "amount", "name", "day", "status", "total", "row", "run",
      "spark", "value", "key", "_x", "$y", "from", "é", "Name", "count", "left", "right", "values", "col", "lit"};
  private static final String[] STEP_NAMES = {"clean", "row", "run", "spark", "values", "result", "_s", "$t", "main",
      "joined", "col", "step", "totals", "from", "SINK", "Orders", "lit", "functions"};
  private static final String[] RECORD_NAMES = {"Line", "Row", "Column", "Values", "Dataset", "Result", "Functions",
      "Out", "Pair", "Spark", "Run", "Rows"};
  private static final String[] STRING_LITERALS = {"\"PAID\"", "\"\"", "\"a\\\\b\"", "\"\\\"quoted\\\"\"",
      "\"tab\\there\"", "\"é ü 日本\"", "\"\\\\u005c\"", "\"$x\"", "\"line\\nbreak\""};
  private static final String[] JAVADOC = {"Rows that matter.", "Uses <img src=x.png> & <b>bold</b> text.",
      "A \\u005c backslash and C:\\\\temp.", "Ünïcödé, \"quotes\", 'single', {@code code} and @see nothing.",
      "Less < than, greater > than, &amp; entity.", "Line one.\n   * Line two with    spaces."};

  private final Random random;
  /** Whether this job may contain mistakes; the others are meant to compile, so that code generation is exercised. */
  private final boolean sloppy;
  private final List<Rec> records = new ArrayList<>();
  private final List<Producer> producers = new ArrayList<>();
  private final List<String> members = new ArrayList<>();
  private final Map<String, Integer> used = new LinkedHashMap<>();
  private final java.util.Set<Rec> sources = new java.util.HashSet<>();
  private final java.util.Set<Rec> sunk = new java.util.HashSet<>();
  private int tables;
  private int locals;

  RandomJob(long seed) {
    this.random = new Random(seed);
    this.sloppy = random.nextBoolean();
  }

  /** The job class {@code gen.GenJob}. */
  String source() {
    int tableCount = 1 + random.nextInt(3);
    for (int i = 0; i < tableCount; i++) {
      Rec table = newRecord(true, randomCols(1 + random.nextInt(5)));
      producers.add(new Producer(table.table(), table));
      sources.add(table);
    }
    int steps = 1 + random.nextInt(6);
    for (int i = 0; i < steps; i++) {
      step(i == steps - 1);
    }
    StringBuilder source = new StringBuilder("""
        package gen;

        import dev.joinery.annotations.*;
        import java.math.BigDecimal;
        import java.time.*;
        import java.util.List;
        import java.util.Objects;

        """);
    source.append(javadoc("")).append("@Job(name = ").append(quoted(mistake(12) ? degenerate() : "gen_job"));
    if (oneIn(4)) {
      source.append(", schedule = ").append(quoted(sloppy ? pick("0 2 * * *", "", "every day", "61 * * * *")
          : pick("0 2 * * *", "*/5 * * * *")));
    }
    source.append(")\nfinal class GenJob {\n  enum Color { RED, GREEN }\n\n  record Point(double x, double y) {}\n\n");
    for (Rec rec : records) {
      source.append(declaration(rec)).append('\n');
    }
    members.forEach(m -> source.append(m).append('\n'));
    return source.append("}\n").toString();
  }

  private void step(boolean last) {
    Producer input = pickProducer();
    String name = stepName();
    boolean sink = last || oneIn(5);
    int kind = random.nextInt(12);
    switch (kind) {
      case 0: case 1: {
        String body = "return " + expr(Type.BOOL, vars(input.rec(), "p"), 3) + ";";
        method(name, "@Filter", sink(sink, input.rec()), "boolean", params(input, "p"), body);
        produced(name, input.rec());
        return;
      }
      case 2: case 3: case 4: {
        Rec out = outputRecord(sink);
        method(name, "@Map", sink(sink, out), out.name(), params(input, "p"), mapBody(out, vars(input.rec(), "p")));
        produced(name, out);
        return;
      }
      case 5: {
        Rec out = outputRecord(sink);
        String body = "return List.of(" + newRecord(out, vars(input.rec(), "p")) + ");";
        method(name, "@FlatMap", sink(sink, out), "List<" + out.name() + ">", params(input, "p"), body);
        produced(name, out);
        return;
      }
      case 6: {
        Producer right = pickProducer();
        String on = joinCondition(input.rec(), right.rec());
        if (on == null) {
          return;
        }
        Rec out = outputRecord(sink);
        List<Var> vars = new ArrayList<>(vars(input.rec(), "a"));
        vars.addAll(vars(right.rec(), "b"));
        String type = pick("INNER", "INNER", "LEFT", "RIGHT", "FULL");
        String annotation = "@Join(on = " + quoted(on) + ", type = JoinType." + type + ")";
        String params = params(input, "a") + ", " + params(right, "b");
        method(name, annotation, sink(sink, out), out.name(), params, mapBody(out, vars));
        produced(name, out);
        return;
      }
      case 7: {
        Producer right = pickProducer();
        String on = joinCondition(input.rec(), right.rec());
        if (on == null) {
          return;
        }
        field(name, "@Join(left = " + quoted(fromName(input)) + ", right = " + quoted(fromName(right)) + ", on = "
            + quoted(on) + ", type = JoinType." + pick("SEMI", "ANTI") + ")", sink(sink, input.rec()), input.rec());
        produced(name, input.rec());
        return;
      }
      case 8: {
        Rec out = aggregateRecord(input.rec(), sink);
        List<String> keys = out.cols().stream().filter(c -> c.annotation().isEmpty()).map(Col::name)
            .collect(Collectors.toList());
        if (mistake(4)) {
          keys.add(pick("", "missing", keys.isEmpty() ? "id" : keys.get(0)));
        }
        field(name, "@Aggregate(from = " + quoted(fromName(input)) + ", groupBy = " + strings(keys) + ")",
            sink(sink, out), out);
        produced(name, out);
        return;
      }
      case 9: {
        List<Col> subset = new ArrayList<>(input.rec().cols());
        java.util.Collections.shuffle(subset, random);
        subset = new ArrayList<>(subset.subList(0, 1 + random.nextInt(subset.size())));
        String rename = "";
        if (oneIn(3)) {
          Col renamed = subset.get(0);
          String to = renamed.name() + "Renamed";
          subset.set(0, new Col(to, renamed.type(), renamed.annotation()));
          rename = ", rename = " + quoted(mistake(4) ? degenerate() : to + " = " + renamed.name());
        }
        Rec out = newRecord(sink || oneIn(3), subset);
        field(name, "@Select(from = " + quoted(fromName(input)) + rename + ")", sink(sink, out), out);
        produced(name, out);
        return;
      }
      case 10: {
        Producer other = mistake(2) ? pickProducer() : input;
        field(name, "@Union(from = {" + quoted(fromName(input)) + ", " + quoted(fromName(other)) + "})",
            sink(sink, input.rec()), input.rec());
        produced(name, input.rec());
        return;
      }
      default: {
        List<String> columns = input.rec().cols().stream().filter(c -> random.nextBoolean()).map(Col::name)
            .collect(Collectors.toList());
        if (mistake(4)) {
          columns.add(pick("", "nope", "id desc"));
        }
        String annotation = switch (random.nextInt(3)) {
          case 0 -> "@DropNulls(from = " + quoted(fromName(input)) + ", fields = " + strings(columns) + ")";
          case 1 -> "@Deduplicate(from = " + quoted(fromName(input)) + ", keys = " + strings(columns) + ")";
          default -> "@Sort(from = " + quoted(fromName(input)) + ", by = " + strings(columns.stream()
              .map(c -> c + pick("", " desc", " asc", sloppy ? " DESC" : "")).toList()) + ")";
        };
        field(name, annotation, sink(sink, input.rec()), input.rec());
        produced(name, input.rec());
      }
    }
  }

  private String mapBody(Rec out, List<Var> vars) {
    StringBuilder body = new StringBuilder();
    List<Var> scope = new ArrayList<>(vars);
    int declared = oneIn(3) ? random.nextInt(4) : 0;
    if (oneIn(10)) {
      declared = 6 + random.nextInt(10); // locals that each use the one before twice
    }
    for (int i = 0; i < declared; i++) {
      Type type = pick(Type.INT, Type.LONG, Type.DOUBLE, Type.STRING, Type.BOOL, Type.DECIMAL);
      String local = "v" + locals++;
      Var previous = scope.isEmpty() ? null : scope.get(scope.size() - 1);
      String init = previous != null && previous.type() == type && previous.java().startsWith("v") && type != Type.BOOL
          ? twice(previous.java(), type) : expr(type, scope, 2);
      body.append(type.java).append(' ').append(local).append(" = ")
          .append(init).append(";\n    ");
      scope.add(new Var(local, type));
    }
    if (oneIn(8) && !scope.isEmpty()) {
      body.append("if (").append(expr(Type.BOOL, scope, 1)).append(") {\n      return ")
          .append(newRecord(out, scope)).append(";\n    }\n    ");
    }
    return body.append("return ").append(newRecord(out, scope)).append(";").toString();
  }

  private static String twice(String local, Type type) {
    switch (type) {
      case STRING: return local + " + " + local;
      case DECIMAL: return local + ".add(" + local + ")";
      default: return local + " * 3 + " + local;
    }
  }

  private String newRecord(Rec out, List<Var> scope) {
    return "new " + out.name() + "(" + out.cols().stream().map(c -> expr(c.type(), scope, 3))
        .collect(Collectors.joining(", ")) + ")";
  }

  /** A Java expression of {@code type} over {@code scope}, at most {@code depth} operators deep (long chains aside). */
  private String expr(Type type, List<Var> scope, int depth) {
    List<Var> same = scope.stream().filter(v -> v.type() == type).toList();
    if (!same.isEmpty() && (depth == 0 || oneIn(3))) {
      return same.get(random.nextInt(same.size())).java();
    }
    Type value = type.value();
    if (value == null) {
      return type.primitive() ? "(short) 1" : literalOf(type);
    }
    if (type != value && !type.primitive() && oneIn(6)) {
      return "null";
    }
    if (type != value && (value == Type.LONG || value == Type.DOUBLE)) {
      return "(" + value.java + ") " + paren(expr(value, scope, depth)); // an int does not box to Long
    }
    if (type == Type.SHORT) {
      return "(short) " + random.nextInt(100);
    }
    List<Var> compatible = scope.stream().filter(v -> v.type().value() == value && v.type() != Type.SHORT).toList();
    if (depth <= 0 || oneIn(4)) {
      return !compatible.isEmpty() && random.nextBoolean()
          ? compatible.get(random.nextInt(compatible.size())).java() : literal(value);
    }
    if (oneIn(40) && (value == Type.INT || value == Type.LONG || value == Type.DOUBLE)) {
      int terms = 20 + random.nextInt(200);
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < terms; i++) {
        parts.add(expr(value, scope, 0));
      }
      return "(" + String.join(pick(" + ", " - ", " * "), parts) + ")";
    }
    switch (value) {
      case INT: case LONG: case DOUBLE: {
        switch (random.nextInt(5)) {
          case 0: return "Math.abs(" + expr(value, scope, depth - 1) + ")";
          case 1: return "(" + expr(Type.BOOL, scope, depth - 1) + " ? " + expr(value, scope, depth - 1) + " : "
              + expr(value, scope, depth - 1) + ")";
          case 2: return value == Type.INT ? "(int) (long) " + paren(expr(Type.LONG, scope, depth - 1))
              : value == Type.LONG ? paren(expr(Type.INT, scope, depth - 1)) : paren(expr(Type.LONG, scope, depth - 1));
          default: return "(" + expr(value, scope, depth - 1) + pick(" + ", " - ", " * ", " / ", " % ")
              + expr(value, scope, depth - 1) + ")";
        }
      }
      case BOOL: {
        switch (random.nextInt(7)) {
          case 0: return "(" + expr(Type.INT, scope, depth - 1) + pick(" < ", " <= ", " == ", " != ", " > ")
              + expr(Type.LONG, scope, depth - 1) + ")";
          case 1: return "(" + expr(Type.DOUBLE, scope, depth - 1) + pick(" < ", " >= ", " == ") + expr(Type.DOUBLE, scope, depth - 1) + ")";
          case 2: return pick("\"PAID\"", "\"\"") + ".equals(" + expr(Type.STRING, scope, depth - 1) + ")";
          case 3: return "Objects.equals(" + expr(Type.STRING, scope, depth - 1) + ", " + expr(Type.STRING, scope, depth - 1) + ")";
          case 4: return "!" + paren(expr(Type.BOOL, scope, depth - 1));
          case 5: {
            List<Var> references = scope.stream().filter(v -> !v.type().primitive()).toList();
            if (!references.isEmpty()) {
              return "(" + references.get(random.nextInt(references.size())).java() + pick(" == null", " != null") + ")";
            }
            return expr(Type.STRING, scope, depth - 1) + ".startsWith(" + pick(STRING_LITERALS) + ")";
          }
          default: return "(" + expr(Type.BOOL, scope, depth - 1) + pick(" && ", " || ") + expr(Type.BOOL, scope, depth - 1) + ")";
        }
      }
      case STRING: {
        switch (random.nextInt(4)) {
          case 0: return "(" + expr(Type.STRING, scope, depth - 1) + " + " + expr(pick(Type.STRING, Type.INT), scope, depth - 1) + ")";
          case 1: return paren(expr(Type.STRING, scope, depth - 1)) + pick(".toUpperCase()", ".toLowerCase()", ".trim()");
          case 2: return "(" + expr(Type.BOOL, scope, depth - 1) + " ? " + expr(Type.STRING, scope, depth - 1) + " : "
              + expr(Type.STRING, scope, depth - 1) + ")";
          default: return pick(STRING_LITERALS);
        }
      }
      case DECIMAL: {
        return switch (random.nextInt(3)) {
          case 0 -> paren(expr(Type.DECIMAL, scope, depth - 1)) + pick(".add(", ".subtract(", ".multiply(")
              + expr(Type.DECIMAL, scope, depth - 1) + ")";
          case 1 -> "BigDecimal.valueOf(" + expr(Type.LONG, scope, depth - 1) + ")";
          default -> literal(Type.DECIMAL);
        };
      }
      default: // DATE
        return random.nextBoolean() ? paren(expr(Type.DATE, scope, depth - 1)) + ".plusDays(" + expr(Type.INT, scope, depth - 1) + ")"
            : literal(Type.DATE);
    }
  }

  private static String paren(String e) {
    return e.matches("[A-Za-z0-9_$.()\"]*") && !e.contains(" ") ? e : "(" + e + ")";
  }

  private String literal(Type value) {
    switch (value) {
      case INT: return pick("0", "1", "-1", "42", "2147483647", "Integer.MIN_VALUE");
      case LONG: return pick("0L", "7L", "-1L", "9223372036854775807L");
      case DOUBLE: return pick("0.0", "1.5", "-2.25", "Double.NaN");
      case BOOL: return pick("true", "false");
      case STRING: return pick(STRING_LITERALS);
      case DECIMAL: return pick("BigDecimal.ONE", "BigDecimal.ZERO", "new BigDecimal(\"12.34\")");
      default: return pick("LocalDate.of(2024, 1, 31)", "LocalDate.of(2000, 2, 29)");
    }
  }

  private String literalOf(Type type) {
    switch (type) {
      case INSTANT: return pick("null", "Instant.EPOCH");
      case BYTES: return pick("null", "new byte[] {1, 2}");
      case LONGS: return pick("null", "new long[0]");
      case STRINGS: return pick("null", "List.of(\"a\")");
      case NESTED_LISTS: return pick("null", "List.of(List.of(1L))");
      case MULTIMAP: return pick("null", "java.util.Map.of(\"k\", List.of(\"v\"))");
      case COLOR: return pick("null", "Color.RED");
      case POINT: return pick("null", "new Point(1.0, 2.0)");
      case POINTS: return pick("null", "List.of(new Point(0.0, 0.0))");
      default: return "null";
    }
  }

  private List<Var> vars(Rec rec, String parameter) {
    return rec.cols().stream().map(c -> new Var(parameter + "." + c.name() + "()", c.type())).toList();
  }

  private String params(Producer input, String parameter) {
    return "@From(" + quoted(fromName(input)) + ") " + input.rec().name() + " " + parameter;
  }

  private String fromName(Producer input) {
    return mistake(12) ? degenerate() : input.name();
  }

  private String joinCondition(Rec left, Rec right) {
    if (mistake(5)) {
      return degenerate();
    }
    for (Col l : left.cols()) {
      for (Col r : right.cols()) {
        if (l.type() == r.type() && l.type().value() != null && random.nextBoolean()) {
          return l.name() + pick(" = ", "=", " == ") + r.name();
        }
      }
    }
    return sloppy ? left.cols().get(0).name() + " = " + right.cols().get(0).name() : null;
  }

  private Rec outputRecord(boolean table) {
    if (!table && !records.isEmpty() && oneIn(3)) {
      return records.get(random.nextInt(records.size()));
    }
    return newRecord(table || oneIn(4), randomCols(1 + random.nextInt(5)));
  }

  private Rec aggregateRecord(Rec input, boolean table) {
    List<Col> cols = new ArrayList<>();
    for (Col c : input.cols()) {
      if (oneIn(3)) {
        cols.add(c);
      }
    }
    int aggregates = random.nextInt(3);
    for (int i = 0; i < aggregates; i++) {
      Col source = input.cols().get(random.nextInt(input.cols().size()));
      String annotation = pick("@Sum", "@Min", "@Max", "@Avg", "@CountDistinct", "@Count");
      if (!sloppy && numeric(source.type()) == null) {
        annotation = "@Count";
      }
      String column = annotation.equals("@Count") ? "" : "(" + quoted(mistake(5) ? degenerate() : source.name()) + ")";
      Type type = switch (annotation) {
        case "@Count", "@CountDistinct" -> sloppy ? pick(Type.LONG, Type.LONG, Type.INT) : Type.LONG;
        case "@Avg" -> sloppy ? pick(Type.BOXED_DOUBLE, Type.DOUBLE) : Type.BOXED_DOUBLE;
        case "@Sum" -> sloppy ? pick(Type.BOXED_LONG, Type.LONG, Type.BOXED_DOUBLE, Type.DECIMAL) : numeric(source.type());
        default -> sloppy && oneIn(3) ? pick(Type.values()) : boxed(source.type());
      };
      cols.add(new Col("agg" + locals++, type, annotation + column));
    }
    if (cols.isEmpty()) {
      cols.add(input.cols().get(0));
    }
    return newRecord(table, cols);
  }

  private Rec newRecord(boolean table, List<Col> cols) {
    String name = unique(pick(RECORD_NAMES));
    String tableName = null;
    if (table) {
      tables++;
      tableName = mistake(8) ? degenerate() : "db" + random.nextInt(2) + ".t" + tables;
    }
    Rec rec = new Rec(name, List.copyOf(cols), tableName);
    records.add(rec);
    return rec;
  }

  private List<Col> randomCols(int count) {
    List<Col> cols = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = pick(COMPONENT_NAMES);
      if (names.contains(name) || !sloppy && names.stream().anyMatch(name::equalsIgnoreCase)) {
        continue;
      }
      names.add(name);
      Type type = sloppy && oneIn(3) ? pick(Type.values())
          : oneIn(4) ? pick(Type.INSTANT, Type.BYTES, Type.STRINGS, Type.NESTED_LISTS, Type.MULTIMAP, Type.COLOR,
              Type.POINT, Type.POINTS, Type.BOXED_INT, Type.BOXED_DOUBLE, Type.BOXED_BOOL)
          : pick(Type.INT, Type.LONG, Type.STRING, Type.BOXED_LONG, Type.DECIMAL, Type.DATE, Type.DOUBLE, Type.BOOL);
      cols.add(new Col(name, type));
    }
    return cols;
  }

  private String declaration(Rec rec) {
    StringBuilder declaration = new StringBuilder();
    if (rec.table() != null) {
      declaration.append("  @Table(name = ").append(quoted(rec.table())).append(", location = ")
          .append(quoted(mistake(10) ? "" : "data/" + rec.table())).append(", format = Format.")
          .append(sloppy ? pick("DEFAULT", "ICEBERG", "PARQUET", "CSV", "JSON", "AVRO", "ORC")
              : pick("DEFAULT", "ICEBERG", "PARQUET", "JSON", "AVRO", "ORC"));
      List<Col> scalars = rec.cols().stream().filter(c -> c.type().value() != null && c.annotation().isEmpty()).toList();
      if (oneIn(6) && (sloppy || !scalars.isEmpty())) {
        declaration.append(", partitionBy = ").append(quoted(mistake(3) ? degenerate()
            : (scalars.isEmpty() ? rec.cols() : scalars).get(0).name()));
      }
      declaration.append(")\n");
    }
    declaration.append("  record ").append(rec.name()).append("(");
    declaration.append(rec.cols().stream().map(this::component).collect(Collectors.joining(", ")));
    declaration.append(") {");
    if (oneIn(25)) {
      declaration.append("\n    ").append(rec.name()).append(" {\n      Objects.requireNonNull(")
          .append(rec.cols().get(0).name()).append(");\n    }\n  ");
    }
    return declaration.append("}\n").toString();
  }

  private String component(Col col) {
    String annotations = col.annotation().isEmpty() ? "" : col.annotation() + " ";
    if (col.type() == Type.DECIMAL || mistake(15)) {
      annotations += sloppy ? "@Decimal(precision = " + pick("10", "38", "0", "50") + ", scale = " + pick("2", "0", "-1")
          + ") " : "@Decimal(precision = 38, scale = 2) ";
    }
    return annotations + col.type().java + " " + col.name();
  }

  private void method(String name, String kind, String sink, String returns, String params, String body) {
    members.add(javadoc("  ") + "  " + kind + "\n" + (sink.isEmpty() ? "" : "  " + sink + "\n") + "  static " + returns
        + " " + name + "(" + params + ") {\n    " + body + "\n  }\n");
  }

  private void field(String name, String kind, String sink, Rec type) {
    members.add(javadoc("  ") + "  " + kind + "\n" + (sink.isEmpty() ? "" : "  " + sink + "\n") + "  " + type.name()
        + " " + name + ";\n");
  }

  private void produced(String name, Rec rec) {
    producers.add(new Producer(name, rec));
  }

  private String javadoc(String indent) {
    return oneIn(3) ? indent + "/** " + pick(JAVADOC) + " */\n" : "";
  }

  /**
   * The {@code @Sink} of a step writing {@code rec}, if {@code wanted}. Careful jobs append to the
   * tables they read, and write each table once.
   */
  private String sink(boolean wanted, Rec rec) {
    if (!wanted) {
      return "";
    }
    if (!sloppy && (rec.table() == null || !sunk.add(rec))) {
      return "";
    }
    if (!sloppy && sources.contains(rec)) {
      return "@Sink(mode = WriteMode.APPEND)";
    }
    return pick("@Sink", "@Sink", "@Sink(mode = WriteMode.APPEND)", "@Sink(mode = WriteMode.ERROR_IF_EXISTS)");
  }

  private Producer pickProducer() {
    return producers.get(random.nextInt(producers.size()));
  }

  private String stepName() {
    return unique(pick(STEP_NAMES));
  }

  /** {@code base}, or {@code base2}, {@code base3}... if taken: Java would reject a second member or record of one name. */
  private String unique(String base) {
    int n = used.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + n;
  }

  private String degenerate() {
    return pick("", " ", ",", "=", "a.b.c", "x = ", "= y", "a < b", "Ö.ß", "db.", ".t", "class", "a,b", "\\\\");
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String strings(List<String> values) {
    return values.stream().map(RandomJob::quoted).collect(Collectors.joining(", ", "{", "}"));
  }

  /** A mistake, one time in {@code n}, in sloppy jobs only. */
  private boolean mistake(int n) {
    return sloppy && oneIn(n);
  }

  /** The boxed aggregate result type for summing {@code type}, or null if it is not a number. */
  private static Type numeric(Type type) {
    Type value = type.value();
    if (value == Type.INT || value == Type.LONG) {
      return Type.BOXED_LONG;
    }
    return value == Type.DOUBLE ? Type.BOXED_DOUBLE : value == Type.DECIMAL ? Type.DECIMAL : null;
  }

  private static Type boxed(Type type) {
    switch (type) {
      case INT: return Type.BOXED_INT;
      case LONG: return Type.BOXED_LONG;
      case DOUBLE: return Type.BOXED_DOUBLE;
      case BOOL: return Type.BOXED_BOOL;
      default: return type;
    }
  }

  private boolean oneIn(int n) {
    return random.nextInt(n) == 0;
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }
}
