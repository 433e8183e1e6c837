package migrationtutor.engine.reflect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TextServerDefault;
import migrationtutor.engine.schema.UniqueConstraint;

/**
 * {@code Inspector.reflect_table} into one {@code MetaData}: columns (after the {@code
 * column_reflect} listener), the primary key, foreign keys (reflecting each referred table into the
 * same metadata first), indexes, unique constraints and checks. The constraints keep that creation
 * order, which is the order Alembic's batch mode copies them in.
 */
final class TableReflection {
  private final Inspector inspector;
  private final UnaryOperator<ReflectedColumn> columnReflect;
  private final Set<String> metadata;

  TableReflection(Inspector inspector, UnaryOperator<ReflectedColumn> columnReflect) {
    this(inspector, columnReflect, new HashSet<>());
  }

  private TableReflection(
      Inspector inspector, UnaryOperator<ReflectedColumn> columnReflect, Set<String> metadata) {
    this.inspector = inspector;
    this.columnReflect = columnReflect;
    this.metadata = metadata;
  }

  Table reflect(String tableName) {
    metadata.add(tableName);
    List<ReflectedColumn> reflected = inspector.getColumns(tableName);
    if (reflected.isEmpty() && !inspector.hasTable(tableName)) {
      throw new PythonException("sqlalchemy.exc.NoSuchTableError", tableName);
    }
    List<Column> columns = new ArrayList<>();
    for (ReflectedColumn rc : reflected) {
      ReflectedColumn c = columnReflect.apply(rc);
      Column col = new Column(c.name(), c.type(), c.nullable());
      if (c.defaultText() != null) {
        col = col.withServerDefault(new TextServerDefault(c.defaultText()));
      }
      columns.add(col);
    }
    Set<String> names = new HashSet<>();
    columns.forEach(c -> names.add(c.name()));
    ReflectedPrimaryKey rpk = inspector.getPkConstraint(tableName);
    PrimaryKeyConstraint pk =
        new PrimaryKeyConstraint(
            rpk.constrainedColumns().stream().filter(names::contains).toList(), rpk.name());
    List<Constraint> constraints = new ArrayList<>();
    for (ReflectedForeignKey fk : inspector.getForeignKeys(tableName)) {
      if (!metadata.contains(fk.referredTable())) {
        // Table(referred, metadata, autoload_with=bind) inspects with an inspector of its own.
        new TableReflection(inspector.fresh(), columnReflect, metadata).reflect(fk.referredTable());
      }
      constraints.add(
          new ForeignKeyConstraint(
              fk.constrainedColumns(),
              fk.referredTable(),
              fk.referredColumns(),
              fk.name(),
              fk.ondelete(),
              fk.onupdate(),
              fk.deferrable(),
              fk.initially(),
              null));
    }
    List<Index> indexes = new ArrayList<>();
    for (ReflectedIndex ix : inspector.getIndexes(tableName)) {
      indexes.add(
          new Index(
              ix.name(),
              tableName,
              ix.columnNames().stream().map(IndexElement::column).toList(),
              ix.unique(),
              ix.sqliteWhere()));
    }
    for (ReflectedUniqueConstraint uq : inspector.getUniqueConstraints(tableName)) {
      constraints.add(new UniqueConstraint(uq.columnNames(), uq.name()));
    }
    for (ReflectedCheckConstraint ck : inspector.getCheckConstraints(tableName)) {
      constraints.add(new CheckConstraint(ck.sqltext(), ck.name()));
    }
    return new Table(tableName, columns, pk, constraints, indexes, null, false, true);
  }
}
