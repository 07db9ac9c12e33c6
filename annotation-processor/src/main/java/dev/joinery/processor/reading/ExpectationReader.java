package dev.joinery.processor.reading;

import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.Expectation;
import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.TableExpectation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/** Reads the {@code @Expect} rules of a record component, repeated or in their {@code @Expects} container. */
public final class ExpectationReader {
  public static final String EXPECT = "dev.joinery.annotations.Expect";
  public static final String EXPECTS = "dev.joinery.annotations.Expects";

  private ExpectationReader() {}

  public static final String EXPECT_ROWS = "dev.joinery.annotations.ExpectRows";

  public static List<Expectation> of(Component component) {
    List<Expectation> rules = new ArrayList<>();
    for (AnnotationMirror mirror : mirrors(component.element())) {
      rules.add(read(component, mirror));
    }
    return rules;
  }

  /**
   * The rules on a table record's rows as a whole: its {@code @ExpectRows}, then the {@code @Expect}
   * conditions on its methods, in declaration order.
   */
  public static List<TableExpectation> ofTable(RecordModel record) {
    List<TableExpectation> rules = new ArrayList<>();
    AnnotationValues.find(record.element(), EXPECT_ROWS).ifPresent(mirror -> {
      Map<String, AnnotationValue> values = values(mirror);
      String name = string(values, "name");
      rules.add(new TableExpectation("row_count", name.isEmpty() ? "row_count" : name, action(values),
          number(values, "min", 0), number(values, "max", Long.MAX_VALUE), null, record.element(), mirror, values));
    });
    for (ExecutableElement method : conditionMethods(record.element())) {
      for (AnnotationMirror mirror : mirrors(method)) {
        Map<String, AnnotationValue> values = values(mirror);
        String name = string(values, "name");
        rules.add(new TableExpectation("condition", name.isEmpty() ? snakeCase(method.getSimpleName().toString()) : name,
            action(values), 0, 0, method, method, mirror, values));
      }
    }
    return rules;
  }

  /**
   * A record's methods that may state conditions: all but its components' accessors, which carry
   * the components' own {@code @Expect}s (javac copies an annotation that may sit on a method from
   * a component to its accessor).
   */
  public static List<ExecutableElement> conditionMethods(TypeElement record) {
    Set<Element> accessors = new HashSet<>();
    record.getRecordComponents().forEach(c -> accessors.add(c.getAccessor()));
    return ElementFilter.methodsIn(record.getEnclosedElements()).stream().filter(m -> !accessors.contains(m)).toList();
  }

  /** The {@code @Expect} annotations on an element, written once, repeated, or in their {@code @Expects} container. */
  public static List<AnnotationMirror> mirrors(Element element) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    AnnotationValues.find(element, EXPECT).ifPresent(mirrors::add);
    AnnotationValues.find(element, EXPECTS).ifPresent(container -> {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
          : container.getElementValues().entrySet()) {
        if (e.getValue().getValue() instanceof List<?> list) {
          for (Object v : list) {
            if (v instanceof AnnotationValue av && av.getValue() instanceof AnnotationMirror m) {
              mirrors.add(m);
            }
          }
        }
      }
    });
    return mirrors;
  }

  private static Map<String, AnnotationValue> values(AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = new LinkedHashMap<>();
    mirror.getElementValues().forEach((k, v) -> values.put(k.getSimpleName().toString(), v));
    return values;
  }

  private static String action(Map<String, AnnotationValue> values) {
    return values.containsKey("action") && values.get("action").getValue() instanceof VariableElement constant
        ? constant.getSimpleName().toString() : "WARN";
  }

  private static long number(Map<String, AnnotationValue> values, String member, long otherwise) {
    AnnotationValue v = values.get(member);
    return v != null && v.getValue() instanceof Number n ? n.longValue() : otherwise;
  }

  /** {@code paidHasPrice} as {@code paid_has_price}. */
  private static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static Expectation read(Component component, AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = values(mirror);
    boolean notNull = values.containsKey("notNull") && Boolean.TRUE.equals(values.get("notNull").getValue());
    String min = string(values, "min");
    String max = string(values, "max");
    String pattern = string(values, "pattern");
    String in = string(values, "in");
    boolean unique = values.containsKey("unique") && Boolean.TRUE.equals(values.get("unique").getValue());
    List<String> oneOf = new ArrayList<>();
    if (values.containsKey("oneOf") && values.get("oneOf").getValue() instanceof List<?> list) {
      for (Object v : list) {
        oneOf.add(String.valueOf(((AnnotationValue) v).getValue()));
      }
    }
    List<String> kinds = new ArrayList<>();
    if (notNull) {
      kinds.add("not_null");
    }
    if (!min.isEmpty() || !max.isEmpty()) {
      kinds.add("range");
    }
    if (values.containsKey("oneOf")) {
      kinds.add("one_of");
    }
    if (!pattern.isEmpty()) {
      kinds.add("pattern");
    }
    if (unique) {
      kinds.add("unique");
    }
    if (!in.isEmpty()) {
      kinds.add("in");
    }
    String action = action(values);
    String name = string(values, "name");
    if (name.isEmpty()) {
      name = component.name() + "_" + (kinds.isEmpty() ? "rule" : kinds.get(0));
    }
    return new Expectation(component.name(), name, kinds, min, max, oneOf, pattern, in, action, component.element(),
        mirror, values);
  }

  private static String string(Map<String, AnnotationValue> values, String member) {
    AnnotationValue v = values.get(member);
    return v == null || !(v.getValue() instanceof String s) ? "" : s;
  }
}
