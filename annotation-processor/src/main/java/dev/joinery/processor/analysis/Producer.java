package dev.joinery.processor.analysis;

import dev.joinery.processor.model.RecordModel;
import dev.joinery.processor.model.Step;
import dev.joinery.processor.model.TableModel;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/** What an input reads: a catalog table or another step of the same job. */
public sealed interface Producer {

  String name();

  /** The record type of its rows, or null when its declaration does not say. */
  TypeMirror outputType();

  /** Its rows' schema, or empty when its output is not a record. */
  Optional<RecordModel> record();

  record OfTable(TableModel table) implements Producer {
    @Override
    public String name() {
      return table.name();
    }

    @Override
    public TypeMirror outputType() {
      return table.record().element().asType();
    }

    @Override
    public Optional<RecordModel> record() {
      return Optional.of(table.record());
    }
  }

  record OfStep(Step step, Optional<RecordModel> record) implements Producer {
    @Override
    public String name() {
      return step.name();
    }

    @Override
    public TypeMirror outputType() {
      return step.outputType();
    }
  }
}
