package dev.joinery.processor.model;

import dev.joinery.annotations.Format;
import dev.joinery.annotations.MalformedRows;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * A catalog table: a record annotated with {@code @Table}.
 *
 * @param format the format, {@link Format#DEFAULT} already replaced by the project's default
 * @param options the {@code options} entries as written, {@code "key=value"}
 * @param connection the connection's name, as written; empty unless declared (JDBC tables)
 */
public record TableModel(
    String name,
    RecordModel record,
    Format format,
    String location,
    List<NameRef> partitionBy,
    boolean header,
    String delimiter,
    List<NameRef> options,
    MalformedRows malformedRows,
    boolean allowEmpty,
    AnnotationMirror annotation,
    String connection) {

  /** What a table name must look like: {@code database.table}, each part a plain identifier. */
  public static final String NAME_PATTERN = "[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*";
}
