package migrationtutor.engine.ops;

import java.util.List;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.ForeignKey;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.PythonRepr;

/**
 * The schema items other than columns that a script builds before they join a table: a column-level
 * {@code sa.ForeignKey}, a constraint, an {@code sa.Index}.
 */
sealed interface SaSchemaItem extends PyNative {
  /** {@code sa.ForeignKey('t.id', ...)}. */
  record ForeignKeyItem(ForeignKey foreignKey) implements SaSchemaItem {
    @Override
    public String typeName() {
      return "ForeignKey";
    }

    @Override
    public String repr() {
      return "ForeignKey(" + PythonRepr.strRepr(foreignKey.target()) + ")";
    }
  }

  /**
   * {@code sa.PrimaryKeyConstraint}, {@code UniqueConstraint}, {@code ForeignKeyConstraint}, {@code
   * CheckConstraint}.
   */
  record ConstraintItem(Constraint constraint) implements SaSchemaItem {
    @Override
    public String typeName() {
      return constraint.getClass().getSimpleName();
    }

    @Override
    public String repr() {
      if (constraint instanceof CheckConstraint) {
        return "CheckConstraint(<sqlalchemy.sql.elements.TextClause object>)";
      }
      return typeName() + "()";
    }
  }

  /**
   * {@code sa.Index(name, *expressions, unique=..., sqlite_where=...)}; its table is known only
   * when it joins one.
   */
  record IndexItem(String name, List<IndexElement> elements, boolean unique, String sqliteWhere)
      implements SaSchemaItem {
    /** The index on a table. */
    Index toIndex(String table) {
      return new Index(name, table, elements, unique, sqliteWhere);
    }

    @Override
    public String typeName() {
      return "Index";
    }

    @Override
    public String repr() {
      StringBuilder out =
          new StringBuilder("Index(").append(name == null ? "None" : PythonRepr.strRepr(name));
      for (IndexElement e : elements) {
        out.append(", ")
            .append(
                e.expression()
                    ? "<sqlalchemy.sql.elements.TextClause object>"
                    : PythonRepr.strRepr(e.text()));
      }
      return out.append(unique ? ", unique=True)" : ")").toString();
    }
  }
}
