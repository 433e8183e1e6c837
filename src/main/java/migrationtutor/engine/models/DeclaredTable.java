package migrationtutor.engine.models;

import java.util.List;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.schema.Table;

/**
 * The table a declarative class mapped (or, with single-table inheritance, the table its mapped
 * parent has, grown by the subclass's columns).
 *
 * @param owner the class that created the table
 * @param table the table
 * @param generatedIndexes the indexes {@code index=True} columns created, whose names come from the
 *     naming convention
 * @param problems what could not be read about it
 */
record DeclaredTable(
    PyClass owner, Table table, List<String> generatedIndexes, List<ModelProblem> problems) {
  DeclaredTable {
    generatedIndexes = List.copyOf(generatedIndexes);
    problems = List.copyOf(problems);
  }
}
