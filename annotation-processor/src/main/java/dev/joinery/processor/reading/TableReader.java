package dev.joinery.processor.reading;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import dev.joinery.processor.model.NameRef;
import dev.joinery.processor.model.TableModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Reads {@code @Table} records into table models. */
public final class TableReader {
  public static final String TABLE = "dev.joinery.annotations.Table";

  private final AnnotationValues annotations;
  private final RecordReader records;
  private final Format defaultFormat;

  /** @param defaultFormat what {@link Format#DEFAULT} stands for in this build */
  public TableReader(AnnotationValues annotations, RecordReader records, Format defaultFormat) {
    this.annotations = annotations;
    this.records = records;
    this.defaultFormat = defaultFormat;
  }

  /** The table declared by {@code type}, or empty if it has no {@code @Table} or is not a record. */
  public Optional<TableModel> read(TypeElement type) {
    Optional<AnnotationMirror> mirror = AnnotationValues.find(type, TABLE);
    if (mirror.isEmpty() || type.getKind() != ElementKind.RECORD) {
      return Optional.empty();
    }
    AnnotationMirror table = mirror.get();
    Format format = Format.valueOf(annotations.enumConstant(table, "format"));
    return Optional.of(new TableModel(
        annotations.string(table, "name"),
        records.read(type),
        format == Format.DEFAULT ? defaultFormat : format,
        annotations.string(table, "location"),
        names(type, table, "partitionBy"),
        annotations.bool(table, "header"),
        annotations.string(table, "delimiter"),
        names(type, table, "options"),
        MalformedRows.valueOf(annotations.enumConstant(table, "malformedRows")),
        annotations.bool(table, "allowEmpty"),
        table,
        annotations.string(table, "connection")));
  }

  private List<NameRef> names(TypeElement type, AnnotationMirror table, String member) {
    return annotations.array(table, member).stream()
        .map(v -> new NameRef((String) v.getValue(), type, table, (AnnotationValue) v))
        .toList();
  }
}
