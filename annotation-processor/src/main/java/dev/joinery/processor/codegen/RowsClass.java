package dev.joinery.processor.codegen;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** Names of generated classes. */
public final class RowsClass {
  private RowsClass() {}

  /** {@code com.acme.Order} gets {@code com.acme.OrderRows}; {@code com.acme.Job.Line} gets {@code com.acme.Job_LineRows}. */
  public static ClassName of(TypeElement record) {
    return ClassName.get(packageOf(record), flatName(record) + "Rows");
  }

  /** {@code com.acme.DailyRevenueJob} gets {@code com.acme.JoineryDailyRevenueJob}. */
  public static ClassName jobOf(TypeElement job) {
    return ClassName.get(packageOf(job), "Joinery" + flatName(job));
  }

  static String packageOf(Element element) {
    while (!(element instanceof PackageElement)) {
      element = element.getEnclosingElement();
    }
    return ((PackageElement) element).getQualifiedName().toString();
  }

  private static String flatName(Element element) {
    Element enclosing = element.getEnclosingElement();
    String name = element.getSimpleName().toString();
    return enclosing instanceof TypeElement ? flatName(enclosing) + "_" + name : name;
  }
}
