package migrationtutor.engine.ddl;

import java.util.List;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TableElement;

/**
 * What Alembic's operation layer ({@code alembic/operations/toimpl.py}) adds around {@link
 * SqliteImpl}: the tests drive the impl the way the integrator's {@code engine.ops} will.
 */
final class AlembicOps {
  private final SqliteImpl impl;

  AlembicOps(SqliteImpl impl) {
    this.impl = impl;
  }

  SqliteImpl impl() {
    return impl;
  }

  /** {@code op.create_table(name, *elements)}: {@code CreateTableOp.to_table} then the impl. */
  void createTable(String name, TableElement... elements) {
    impl.createTable(Table.assemble(name, List.of(elements)));
  }

  /**
   * {@code op.add_column}: the ALTER, then every constraint and index that attaching the column to
   * a table creates.
   */
  void addColumn(String tableName, Column column) {
    Table table = Table.assemble(tableName, List.of(column));
    impl.addColumn(tableName, column);
    for (Constraint c : table.constraints()) {
      impl.addConstraint(c);
    }
    for (Index ix : table.indexes()) {
      impl.createIndex(ix);
    }
  }

  /**
   * {@code op.alter_column}: with {@code type_} and {@code existing_type}, the old type's
   * constraints are dropped first; with {@code type_}, the new type's are added afterwards.
   */
  void alterColumn(ColumnAlteration a) {
    if (a.existingType() != null && a.type() != null) {
      Table old =
          Table.assemble(a.tableName(), List.of(new Column(a.columnName(), a.existingType())));
      old.constraints().forEach(impl::dropConstraint);
    }
    impl.alterColumn(a);
    if (a.type() != null) {
      Table added = Table.assemble(a.tableName(), List.of(new Column(a.columnName(), a.type())));
      added.constraints().forEach(impl::addConstraint);
    }
  }
}
