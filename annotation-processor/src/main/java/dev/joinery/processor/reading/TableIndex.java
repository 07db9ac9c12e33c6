package dev.joinery.processor.reading;

import java.io.IOException;
import java.io.Writer;
import dev.joinery.processor.model.TableModel;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Which record declares a table, by the table's name, for compilations that see the record only
 * as a class: an incremental build that recompiles just the job, a job module using a shared
 * catalog module, or a job another processor generates after the tables' round. Each compilation
 * that declares tables writes one small resource per table.
 */
public final class TableIndex {
  private static final String DIR = "META-INF/joinery-tables/";

  private final Filer filer;
  private final Elements elements;
  /** Tables this compilation indexed itself: javac will not read back a resource it wrote. */
  private final java.util.Map<String, String> written = new java.util.HashMap<>();

  public TableIndex(Filer filer, Elements elements) {
    this.filer = filer;
    this.elements = elements;
  }

  /** Records that {@code record} declares table {@code name}. */
  public void write(String name, TypeElement record) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", DIR + name, record);
    try (Writer writer = file.openWriter()) {
      writer.write(elements.getBinaryName(record) + "\n");
    }
    written.put(name, record.getQualifiedName().toString());
  }

  /** The record an earlier compilation indexed for table {@code name}, if it is on the class path. */
  public Optional<TypeElement> find(String name) {
    if (!name.matches(TableModel.NAME_PATTERN)) {
      return Optional.empty();
    }
    if (written.containsKey(name)) {
      return Optional.ofNullable(elements.getTypeElement(written.get(name)));
    }
    for (StandardLocation location : new StandardLocation[] {StandardLocation.CLASS_PATH, StandardLocation.CLASS_OUTPUT}) {
      try {
        String binaryName = filer.getResource(location, "", DIR + name).getCharContent(true).toString().strip();
        TypeElement record = elements.getTypeElement(binaryName.replace('$', '.'));
        if (record != null) {
          return Optional.of(record);
        }
      } catch (IOException | IllegalArgumentException notThere) {
        // not indexed in this location
      }
    }
    return Optional.empty();
  }
}
