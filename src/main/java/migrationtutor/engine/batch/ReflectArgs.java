package migrationtutor.engine.batch;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TableElement;

/**
 * {@code batch_alter_table(reflect_args=[...])}: the items Alembic passes to {@code Table(name, m,
 * *reflect_args, autoload_with=conn)}. SQLAlchemy 1.4 reflects first and then attaches the items
 * with {@code allow_replacements=True}, so a {@code Column} replaces the reflected column of the
 * same name in its place, dropping that column's foreign keys (its type, nullability and default
 * win: a reflected {@code BOOLEAN DEFAULT '0' NOT NULL} overridden by {@code sa.Column('done',
 * sa.Integer())} is rebuilt as {@code done INTEGER}); a new name goes last; constraints and indexes
 * are added after the reflected ones.
 */
final class ReflectArgs {
  private ReflectArgs() {}

  static Table apply(Table reflected, List<TableElement> items) {
    Table t = reflected;
    for (TableElement item : items) {
      if (item instanceof Column c) {
        t = withColumn(t, c);
      } else if (item instanceof Constraint c) {
        t = t.withConstraint(c);
      } else if (item instanceof Index ix) {
        t =
            t.withIndex(
                new Index(ix.name(), t.name(), ix.elements(), ix.unique(), ix.sqliteWhere()));
      }
    }
    return t;
  }

  // Column._set_parent with allow_replacements: replace in place (or append), then
  // PrimaryKeyConstraint._replace for a primary_key=True column, or the ArgumentError for a
  // key column redefined without it.
  private static Table withColumn(Table t, Column c) {
    List<Column> columns = new ArrayList<>(t.columns());
    List<Constraint> constraints = new ArrayList<>(t.constraints());
    int at = -1;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(c.name())) {
        at = i;
      }
    }
    if (at >= 0) {
      columns.set(at, c);
      // The replaced column's foreign keys go with it, the whole (composite) constraint.
      constraints.removeIf(
          k -> k instanceof ForeignKeyConstraint fk && fk.columns().contains(c.name()));
    } else {
      columns.add(c);
    }
    PrimaryKeyConstraint pk = t.primaryKey();
    if (c.primaryKey() && !pk.columns().contains(c.name())) {
      List<String> keys = new ArrayList<>(pk.columns());
      keys.add(c.name());
      pk = new PrimaryKeyConstraint(keys, pk.name(), pk.deferrable(), pk.initially());
    } else if (!c.primaryKey() && pk.columns().contains(c.name())) {
      throw new PythonException(
          PythonException.ARGUMENT_ERROR,
          "Trying to redefine primary-key column '"
              + c.name()
              + "' as a non-primary-key column on table '"
              + t.name()
              + "'");
    }
    Table result =
        new Table(
            t.name(),
            columns,
            pk,
            constraints,
            t.indexes(),
            t.comment(),
            t.sqliteAutoincrement(),
            t.sqliteWithRowid());
    // What attaching the column creates (unique=True, index=True, ForeignKey, a type's CHECK)
    // comes after what the table already has, as Table.assemble orders it for one column.
    Table created = Table.assemble(t.name(), List.of(c.withPrimaryKey(false)));
    for (Constraint k : created.constraints()) {
      result = result.withConstraint(k);
    }
    for (Index ix : created.indexes()) {
      result = result.withIndex(ix);
    }
    return result;
  }
}
