package migrationtutor.engine.autogen;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.TableElement;
import migrationtutor.engine.schema.UniqueConstraint;

/**
 * {@code _uq_constraint_sig} / {@code _ix_constraint_sig}: a unique constraint or an index seen
 * through what the comparison looks at — its name, uniqueness and the sorted names of its columns.
 *
 * @param element the {@link Index} or {@link UniqueConstraint}
 * @param name its name (null for an unnamed unique constraint)
 * @param conventional whether a naming convention made the name
 * @param isIndex whether it is an index
 * @param isUnique whether it is unique
 * @param sig the sorted column names
 * @param columnNames the column names in order ({@code None} for an expression of an index)
 */
record ConstraintSig(
    TableElement element,
    String name,
    boolean conventional,
    boolean isIndex,
    boolean isUnique,
    List<String> sig,
    List<String> columnNames) {

  static ConstraintSig of(Index ix, boolean conventional) {
    List<String> names = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (IndexElement e : ix.elements()) {
      names.add(e.expression() ? null : e.text());
      if (!e.expression()) {
        columns.add(e.text());
      }
    }
    return new ConstraintSig(
        ix, ix.name(), conventional, true, ix.unique(), sorted(columns), names);
  }

  static ConstraintSig of(UniqueConstraint uq, boolean conventional) {
    return new ConstraintSig(
        uq, uq.name(), conventional, false, true, sorted(uq.columns()), uq.columns());
  }

  private static List<String> sorted(List<String> names) {
    List<String> out = new ArrayList<>(names);
    out.sort(null);
    return List.copyOf(out);
  }
}
