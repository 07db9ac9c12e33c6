package dev.joinery.processor.reading;

import dev.joinery.processor.model.Component;
import dev.joinery.processor.model.Expectation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/** Reads the {@code @Expect} rules of a record component, repeated or in their {@code @Expects} container. */
public final class ExpectationReader {
  public static final String EXPECT = "dev.joinery.annotations.Expect";
  public static final String EXPECTS = "dev.joinery.annotations.Expects";

  private ExpectationReader() {}

  public static List<Expectation> of(Component component) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    AnnotationValues.find(component.element(), EXPECT).ifPresent(mirrors::add);
    AnnotationValues.find(component.element(), EXPECTS).ifPresent(container -> {
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
    List<Expectation> rules = new ArrayList<>();
    for (AnnotationMirror mirror : mirrors) {
      rules.add(read(component, mirror));
    }
    return rules;
  }

  private static Expectation read(Component component, AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = new LinkedHashMap<>();
    mirror.getElementValues().forEach((k, v) -> values.put(k.getSimpleName().toString(), v));
    boolean notNull = values.containsKey("notNull") && Boolean.TRUE.equals(values.get("notNull").getValue());
    String min = string(values, "min");
    String max = string(values, "max");
    String pattern = string(values, "pattern");
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
    String action = "WARN";
    if (values.containsKey("action") && values.get("action").getValue() instanceof VariableElement constant) {
      action = constant.getSimpleName().toString();
    }
    String name = string(values, "name");
    if (name.isEmpty()) {
      name = component.name() + "_" + (kinds.isEmpty() ? "rule" : kinds.get(0));
    }
    return new Expectation(component.name(), name, kinds, min, max, oneOf, pattern, action, component.element(),
        mirror, values);
  }

  private static String string(Map<String, AnnotationValue> values, String member) {
    AnnotationValue v = values.get(member);
    return v == null || !(v.getValue() instanceof String s) ? "" : s;
  }
}
