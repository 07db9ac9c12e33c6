package dev.joinery.crawler.source;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import dev.joinery.crawler.source.ExistingRecord.RecordColumn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds the record of a table in a source tree by its {@code @Table} name, reading the sources with
 * javac's parser (no compilation, so sources that do not compile yet are still found). Only the
 * record's own text is read: an enum component is a string column, another record a struct.
 */
public final class RecordFinder {
  private static final Map<String, String> SQL_TYPES = Map.ofEntries(
      Map.entry("boolean", "boolean"), Map.entry("Boolean", "boolean"),
      Map.entry("byte", "tinyint"), Map.entry("Byte", "tinyint"),
      Map.entry("short", "smallint"), Map.entry("Short", "smallint"),
      Map.entry("int", "int"), Map.entry("Integer", "int"),
      Map.entry("long", "bigint"), Map.entry("Long", "bigint"),
      Map.entry("float", "float"), Map.entry("Float", "float"),
      Map.entry("double", "double"), Map.entry("Double", "double"),
      Map.entry("String", "string"), Map.entry("LocalDate", "date"), Map.entry("Instant", "timestamp"),
      Map.entry("LocalDateTime", "timestamp_ntz"), Map.entry("byte[]", "binary"));
  private static final List<String> PRIMITIVES =
      List.of("boolean", "byte", "short", "int", "long", "float", "double");

  private RecordFinder() {}

  /** The record of table {@code tableName} under {@code sourceRoot}, if one declares it. */
  public static Optional<ExistingRecord> find(Path sourceRoot, String tableName) {
    if (!Files.isDirectory(sourceRoot)) {
      return Optional.empty();
    }
    List<Path> candidates;
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      // Only files that mention the name can declare it: javac parses few files.
      candidates = files.filter(f -> f.toString().endsWith(".java")).filter(f -> mentions(f, tableName)).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> sources = files.getJavaFileObjectsFromPaths(candidates);
      JavacTask task = (JavacTask) javac.getTask(null, files, d -> { }, List.of("-proc:none"), null, sources);
      for (CompilationUnitTree unit : task.parse()) {
        String packageName = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        for (Tree type : unit.getTypeDecls()) {
          if (type instanceof ClassTree record && record.getKind() == Tree.Kind.RECORD) {
            Optional<AnnotationTree> table = annotation(record.getModifiers().getAnnotations(), "Table");
            if (table.isPresent() && tableName.equals(string(table.get(), "name"))) {
              return Optional.of(new ExistingRecord(Path.of(unit.getSourceFile().toUri()), packageName,
                  record.getSimpleName().toString(), tableName, columns(record), strings(table.get(), "partitionBy")));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.empty();
  }

  private static boolean mentions(Path file, String tableName) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).contains("\"" + tableName + "\"");
    } catch (IOException e) {
      return false;
    }
  }

  private static List<RecordColumn> columns(ClassTree record) {
    List<RecordColumn> columns = new ArrayList<>();
    for (Tree member : record.getMembers()) {
      // javac's parser lists a record's components as its private final fields.
      if (member instanceof VariableTree field
          && !field.getModifiers().getFlags().contains(javax.lang.model.element.Modifier.STATIC)) {
        List<? extends AnnotationTree> annotations = field.getModifiers().getAnnotations();
        String component = field.getName().toString();
        String column = annotation(annotations, "Column").map(a -> string(a, "value")).orElse(component);
        String type = field.getType().toString().replaceAll("\\s+", "");
        String simple = type.substring(type.lastIndexOf('.') + 1);
        boolean notNull = PRIMITIVES.contains(type) || annotation(annotations, "NotNull").isPresent();
        columns.add(new RecordColumn(component, column, sqlType(simple, annotations), !notNull));
      }
    }
    return columns;
  }

  private static String sqlType(String type, List<? extends AnnotationTree> annotations) {
    if (type.equals("BigDecimal")) {
      return annotation(annotations, "Decimal")
          .map(d -> "decimal(" + string(d, "precision") + "," + string(d, "scale") + ")")
          .orElse("decimal(38,18)");
    }
    if (type.startsWith("List<") || type.startsWith("Map<")) {
      return type.startsWith("List<") ? "array" : "map";
    }
    // An upper-case name that is no known type: an enum (a string column) or a record (a struct).
    return SQL_TYPES.getOrDefault(type, "string");
  }

  private static Optional<AnnotationTree> annotation(List<? extends AnnotationTree> annotations, String simpleName) {
    return annotations.stream().filter(a -> {
      String name = a.getAnnotationType().toString();
      return name.equals(simpleName) || name.endsWith("." + simpleName);
    }).map(a -> (AnnotationTree) a).findFirst();
  }

  private static String string(AnnotationTree annotation, String member) {
    List<String> values = strings(annotation, member);
    return values.isEmpty() ? null : values.get(0);
  }

  /** The literal values of an annotation member ({@code value} when written without a name). */
  private static List<String> strings(AnnotationTree annotation, String member) {
    for (ExpressionTree argument : annotation.getArguments()) {
      String name = "value";
      ExpressionTree value = argument;
      if (argument instanceof AssignmentTree assignment) {
        name = assignment.getVariable().toString();
        value = assignment.getExpression();
      }
      if (name.equals(member)) {
        List<String> values = new ArrayList<>();
        List<? extends ExpressionTree> items = value instanceof NewArrayTree array ? array.getInitializers()
            : List.of(value);
        for (ExpressionTree item : items) {
          values.add(item instanceof LiteralTree literal ? String.valueOf(literal.getValue()) : item.toString());
        }
        return values;
      }
    }
    return List.of();
  }
}
