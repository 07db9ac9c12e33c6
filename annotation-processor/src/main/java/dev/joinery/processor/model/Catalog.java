package dev.joinery.processor.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** The tables known to this compilation: those declared in it and those its jobs reference from the classpath. */
public final class Catalog {
  private final Map<String, TableModel> byRecord = new LinkedHashMap<>();

  public void add(TableModel table) {
    byRecord.putIfAbsent(table.record().qualifiedName(), table);
  }

  public List<TableModel> tables() {
    return List.copyOf(byRecord.values());
  }

  /** The table of a given name; with duplicate names (an error reported elsewhere), the first declared. */
  public Optional<TableModel> byName(String name) {
    return byRecord.values().stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public Optional<TableModel> byRecord(TypeElement record) {
    return Optional.ofNullable(byRecord.get(record.getQualifiedName().toString()));
  }
}
