package dev.joinery.runtime;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Conversions generated code uses between record values and the values Spark keeps in rows, for
 * the types that need more than a cast: enums, lists, maps. Null stays null.
 */
public final class Values {
  private Values() {}

  public static <E extends Enum<E>> E enumValue(Class<E> type, Object value) {
    return value == null ? null : Enum.valueOf(type, (String) value);
  }

  public static String enumName(Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** A Spark array value (a Scala sequence or a Java list) as a Java list. */
  public static <T> List<T> list(Object value, Function<Object, T> element) {
    if (value == null) {
      return null;
    }
    Iterable<?> items = value instanceof scala.collection.Iterable<?> seq ? CollectionConverters.asJava(seq) : (Iterable<?>) value;
    List<T> list = new ArrayList<>();
    items.forEach(item -> list.add(element.apply(item)));
    return list;
  }

  /** A Spark map value as a Java map, in the order Spark keeps its entries. */
  public static <K, V> Map<K, V> map(Object value, Function<Object, K> key, Function<Object, V> val) {
    if (value == null) {
      return null;
    }
    Map<?, ?> entries = value instanceof scala.collection.Map<?, ?> m ? CollectionConverters.asJava(m) : (Map<?, ?>) value;
    Map<K, V> map = new LinkedHashMap<>();
    entries.forEach((k, v) -> map.put(key.apply(k), val.apply(v)));
    return map;
  }

  /** A Java list as the Scala sequence Spark expects in a row. */
  public static <T> Object sparkList(List<T> value, Function<T, Object> element) {
    if (value == null) {
      return null;
    }
    List<Object> items = new ArrayList<>(value.size());
    value.forEach(v -> items.add(element.apply(v)));
    return CollectionConverters.asScala(items).toSeq();
  }

  /** A Java map as the Scala map Spark expects in a row. */
  public static <K, V> Object sparkMap(Map<K, V> value, Function<K, Object> key, Function<V, Object> val) {
    if (value == null) {
      return null;
    }
    Map<Object, Object> entries = new LinkedHashMap<>();
    value.forEach((k, v) -> entries.put(key.apply(k), val.apply(v)));
    return CollectionConverters.asScala(entries);
  }

  /** Column metadata that lists an enum's constants, so reads can reject values the enum does not know. */
  public static Metadata enumMetadata(String... constants) {
    return new MetadataBuilder().putStringArray(RowChecks.ENUM_METADATA, constants).build();
  }

  /** A flat map's output as rows. */
  public static <T> Iterator<Row> rows(Iterable<T> values, Function<T, Row> toRow) {
    return StreamSupport.stream(values.spliterator(), false).map(toRow).iterator();
  }

  public static <T> Iterator<Row> rows(Stream<T> values, Function<T, Row> toRow) {
    return values.map(toRow).iterator();
  }

  /** The columns of {@code schema}, by name and in its order, each cast to its type. */
  public static Dataset<Row> conform(Dataset<Row> data, StructType schema) {
    List<Column> columns = new ArrayList<>();
    for (StructField field : schema.fields()) {
      columns.add(col(field.name()).cast(field.dataType()).as(field.name(), field.metadata()));
    }
    return data.select(columns.toArray(Column[]::new));
  }
}
