package dev.joinery.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The {@code @Generated} marker on every generated class. No date, so output is the same bytes on every build. */
final class Generated {
  static final String PROCESSOR = "dev.joinery.processor.JoineryProcessor";

  private Generated() {}

  static AnnotationSpec annotation() {
    return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
        .addMember("value", "$S", PROCESSOR)
        .build();
  }
}
