package migrationtutor.engine.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds a {@link Table} from {@code sa.Table} / {@code op.create_table} arguments, giving every
 * constraint the creation position SQLAlchemy 1.4 gives it.
 *
 * <p>Python evaluates all arguments before {@code Table()} runs, so every explicit constraint and
 * index exists before the columns are attached: explicit ones come first, in the order written.
 * Attaching each column (in column order) then creates, in this order: the {@code index=True} index
 * (unique if also {@code unique=True}) or else the {@code unique=True} constraint ({@code
 * Column._set_parent}); the type's CHECK ({@code SchemaType._set_table}, registered in {@code
 * Column.__init__}); one constraint per {@code sa.ForeignKey} ({@code ForeignKey._set_table}).
 * Hence {@code create_all} of a declarative model (constraints only in {@code __table_args__})
 * renders {@code UNIQUE (c_unique)} after the type CHECKs, while {@code op.create_table} with an
 * explicit {@code sa.UniqueConstraint('c_unique')} renders it before them.
 */
final class TableAssembler {
  private final String name;
  private final Consumer<PythonWarning> warnings;

  TableAssembler(String name, Consumer<PythonWarning> warnings) {
    this.name = name;
    this.warnings = warnings;
  }

  Table assemble(List<? extends TableElement> elements) {
    Map<String, Column> columns = new LinkedHashMap<>();
    List<Constraint> constraints = new ArrayList<>();
    List<Index> indexes = new ArrayList<>();
    PrimaryKeyConstraint explicitPk = null;
    for (TableElement e : elements) {
      if (e instanceof Column c) {
        if (columns.containsKey(c.name())) {
          // 1.4 replaces the earlier column in place and warns (Column._set_parent).
          warnings.accept(
              new PythonWarning(
                  "SADeprecationWarning",
                  "A column with name '"
                      + c.name()
                      + "' is already present in table '"
                      + name
                      + "'. Please use method"
                      + " :meth:`_schema.Table.append_column` with the parameter"
                      + " ``replace_existing=True`` to replace an existing column."));
        }
        columns.put(c.name(), c);
      } else if (e instanceof PrimaryKeyConstraint pk) {
        explicitPk = pk;
      } else if (e instanceof Constraint c) {
        constraints.add(c);
      } else if (e instanceof Index ix) {
        indexes.add(new Index(ix.name(), name, ix.elements(), ix.unique(), ix.sqliteWhere()));
      }
    }
    for (Column c : columns.values()) {
      attach(c, constraints, indexes);
    }
    List<Column> cols = new ArrayList<>(columns.values());
    PrimaryKeyConstraint pk = primaryKey(explicitPk, cols);
    return new Table(name, cols, pk, constraints, indexes, null, false, true);
  }

  private void attach(Column c, List<Constraint> constraints, List<Index> indexes) {
    if (c.index()) {
      indexes.add(Index.onColumns(null, name, List.of(c.name()), c.unique()));
    } else if (c.unique()) {
      constraints.add(new UniqueConstraint(List.of(c.name())));
    }
    if (c.type() instanceof BooleanType b && b.createConstraint()) {
      constraints.add(new TypeBoundCheckConstraint(c.name(), b.name()));
    } else if (c.type() instanceof EnumType en && en.createConstraint()) {
      constraints.add(new TypeBoundCheckConstraint(c.name(), en.name()));
    }
    for (ForeignKey fk : c.foreignKeys()) {
      constraints.add(fk.toConstraint(c.name()));
    }
  }

  // PrimaryKeyConstraint._set_parent: explicit columns win over primary_key=True flags (with a
  // warning when both are given and differ); an explicit key without columns takes the flagged.
  private PrimaryKeyConstraint primaryKey(PrimaryKeyConstraint explicit, List<Column> cols) {
    PrimaryKeyConstraint flagged = Table.implicitPrimaryKey(cols);
    if (explicit == null) {
      return flagged;
    }
    if (explicit.columns().isEmpty()) {
      return new PrimaryKeyConstraint(
          flagged.columns(), explicit.name(), explicit.deferrable(), explicit.initially());
    }
    if (!flagged.columns().isEmpty()
        && !new java.util.HashSet<>(flagged.columns())
            .equals(new java.util.HashSet<>(explicit.columns()))) {
      warnings.accept(
          new PythonWarning(
              "SAWarning",
              "Table '"
                  + name
                  + "' specifies columns "
                  + quotedList(flagged.columns())
                  + " as primary_key=True, not matching locally specified"
                  + " columns "
                  + quotedList(explicit.columns())
                  + "; setting the current primary key"
                  + " columns to "
                  + quotedList(explicit.columns())
                  + ". This warning may become an"
                  + " exception in a future release"));
    }
    return explicit;
  }

  private static String quotedList(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
