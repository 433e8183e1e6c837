package migrationtutor.engine.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.ddl.ColumnAlteration;
import migrationtutor.engine.schema.Autoincrement;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.EnumType;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TypeBoundCheckConstraint;

/**
 * Alembic 1.8.1's {@code ApplyBatchImpl}: a working copy of the existing table that the batch
 * operations change in memory, before {@link BatchTableRebuild} emits "move and copy".
 *
 * <p>Columns are kept under their key (the old table's name; an added column's own name), which a
 * rename does not change, so constraints, the row transfer and {@code create_index} keep referring
 * to a renamed column by its old name, as in Alembic.
 */
final class ApplyBatchImpl {
  /** SQLAlchemy's {@code _NONE_NAME}: the truthy name of an unnamed type-bound CHECK. */
  static final String NONE_NAME = "\u0000NONE_NAME";

  final Table table;
  final String tempTableName;
  final Map<String, Column> columns = new LinkedHashMap<>();
  final Map<String, ColumnTransfer> columnTransfers = new LinkedHashMap<>();
  final Map<String, Constraint> namedConstraints = new LinkedHashMap<>();
  final List<Constraint> unnamedConstraints = new ArrayList<>();
  final Map<String, Index> indexes = new LinkedHashMap<>();
  final Map<String, Index> newIndexes = new LinkedHashMap<>();
  final ColumnOrdering ordering;
  private final Map<String, String> colNamedConstraints = new LinkedHashMap<>();
  private Constraint tablePrimaryKey;

  ApplyBatchImpl(Table table, boolean reflected, List<List<String>> partialReordering) {
    this.table = table;
    this.tempTableName = calcTempName(table.name());
    List<String> existing = new ArrayList<>();
    for (Column c : table.columns()) {
      columns.put(c.name(), Columns.existingCopy(c));
      columnTransfers.put(c.name(), ColumnTransfer.from(c.name()));
      existing.add(c.name());
    }
    this.ordering = new ColumnOrdering(existing, partialReordering);
    grabConstraints(reflected);
    for (Index ix : table.indexes()) {
      indexes.put(ix.name(), ix);
    }
  }

  /** {@code _calc_temp_name}: {@code ("_alembic_tmp_%s" % tablename)[0:50]}. */
  static String calcTempName(String tableName) {
    String name = "_alembic_tmp_" + tableName;
    return name.codePointCount(0, name.length()) <= 50
        ? name
        : name.substring(0, name.offsetByCodePoints(0, 50));
  }

  // _grab_table_elements: the primary key was created first, then the rest in creation order;
  // type-bound CHECKs come back from the column types, and reflected unnamed CHECKs are left out
  // because Alembic cannot tell whether a type made them.
  private void grabConstraints(boolean reflected) {
    tablePrimaryKey = table.primaryKey();
    List<Constraint> all = new ArrayList<>();
    all.add(table.primaryKey());
    all.addAll(table.constraints());
    for (Constraint c : all) {
      if (c instanceof TypeBoundCheckConstraint) {
        continue;
      } else if (reflected && c instanceof CheckConstraint && c.name() == null) {
        continue;
      } else if (c.name() != null) {
        namedConstraints.put(c.name(), c);
      } else {
        unnamedConstraints.add(c);
      }
    }
    if (!reflected) {
      for (Column col : table.columns()) {
        for (CheckConstraint ck : col.constraints()) {
          if (ck.name() != null) {
            colNamedConstraints.put(ck.name(), col.name());
          }
        }
      }
    }
  }

  /** {@code add_column(table_name, column, insert_before=None, insert_after=None)}. */
  void addColumn(Column column, String insertBefore, String insertAfter) {
    ordering.addColumn(column.name(), insertBefore, insertAfter);
    columns.put(column.name(), Columns.addedCopy(column));
    columnTransfers.put(column.name(), ColumnTransfer.none());
  }

  /** {@code drop_column(table_name, column)}. */
  void dropColumn(String name) {
    if (tablePrimaryKey instanceof PrimaryKeyConstraint pk && pk.columns().contains(name)) {
      List<String> rest = new ArrayList<>(pk.columns());
      rest.remove(name);
      replacePrimaryKey(new PrimaryKeyConstraint(rest, pk.name(), pk.deferrable(), pk.initially()));
    }
    if (!columns.containsKey(name)) {
      throw keyError(name);
    }
    columns.remove(name);
    columnTransfers.remove(name);
    ordering.dropExisting(name);
  }

  /** {@code alter_column(table_name, column_name, ...)}. */
  void alterColumn(ColumnAlteration a) {
    String key = a.columnName();
    Column existing = columns.get(key);
    if (existing == null) {
      throw keyError(key);
    }
    if (a.newName() != null && !a.newName().equals(key)) {
      existing = Columns.renamed(existing, a.newName());
      // a named Boolean/Enum CHECK of the existing type would name the old column
      String typeName = schemaTypeName(a.existingType());
      if (typeName != null) {
        namedConstraints.remove(typeName);
      }
    }
    if (a.type() != null) {
      if (TypeAffinity.needsCast(existing.type(), a.type())) {
        columnTransfers.get(key).cast(a.type());
      }
      existing = Columns.retyped(existing, a.type());
    }
    if (a.nullable() != null) {
      existing = existing.withNullable(a.nullable());
    }
    if (a.serverDefaultGiven()) {
      existing = existing.withServerDefault(a.serverDefault());
    }
    if (a.autoincrement() != null) {
      existing =
          existing.withAutoincrement(a.autoincrement() ? Autoincrement.TRUE : Autoincrement.FALSE);
    }
    if (a.commentGiven()) {
      existing = existing.withComment(a.comment());
    }
    columns.put(key, existing);
  }

  /** {@code add_constraint(const)}: it must have a name; a new primary key replaces the old. */
  void addConstraint(Constraint c) {
    String name = c.name();
    if (name == null && c instanceof TypeBoundCheckConstraint) {
      name = NONE_NAME;
    }
    if (name == null) {
      throw new PythonException("ValueError", "Constraint must have a name");
    }
    if (c instanceof PrimaryKeyConstraint) {
      unnamedConstraints.removeIf(u -> u == tablePrimaryKey);
    }
    namedConstraints.put(name, c);
  }

  /** {@code drop_constraint(const)} for {@code batch_op.drop_constraint(name, type_)}. */
  void dropConstraint(String name) {
    if (name == null) {
      throw new PythonException("ValueError", "Constraint must have a name");
    }
    if (colNamedConstraints.containsKey(name)) {
      String key = colNamedConstraints.remove(name);
      Column c = columns.get(key);
      List<CheckConstraint> kept =
          c.constraints().stream().filter(k -> !name.equals(k.name())).toList();
      columns.put(key, c.withConstraints(kept));
      return;
    }
    Constraint dropped = namedConstraints.remove(name);
    if (dropped == null) {
      throw new PythonException("ValueError", "No such constraint: " + PythonRepr.strRepr(name));
    }
    if (dropped instanceof PrimaryKeyConstraint pk) {
      for (String col : pk.columns()) {
        Column c = columns.get(col);
        if (c != null) {
          columns.put(col, c.withPrimaryKey(false));
        }
      }
    }
  }

  /** {@code create_index(idx)}: created after the rebuild, from the new table's columns. */
  void createIndex(Index index) {
    newIndexes.put(index.name(), index);
  }

  /** {@code drop_index(idx)}: only an index of the existing table can be dropped. */
  void dropIndex(String name) {
    if (indexes.remove(name) == null) {
      throw new PythonException("ValueError", "No such index: " + PythonRepr.strRepr(name));
    }
  }

  /** The column copies in their final order (reordered when anything asked for an order). */
  List<String> orderedKeys() {
    List<String> keys = new ArrayList<>(columns.keySet());
    return ordering.reorders() ? ordering.sort(keys) : keys;
  }

  /** The current name of the column with this key, or null when it was dropped. */
  String currentName(String key) {
    Column c = columns.get(key);
    return c == null ? null : c.name();
  }

  // The table's primary key object changes in place in SQLAlchemy; here it is replaced where it
  // is held.
  private void replacePrimaryKey(PrimaryKeyConstraint pk) {
    Constraint old = tablePrimaryKey;
    tablePrimaryKey = pk;
    for (int i = 0; i < unnamedConstraints.size(); i++) {
      if (unnamedConstraints.get(i) == old) {
        unnamedConstraints.set(i, pk);
      }
    }
    for (Map.Entry<String, Constraint> e : namedConstraints.entrySet()) {
      if (e.getValue() == old) {
        e.setValue(pk);
      }
    }
  }

  private static String schemaTypeName(SqlType type) {
    if (type instanceof BooleanType b) {
      return b.name();
    } else if (type instanceof EnumType e) {
      return e.name();
    }
    return null;
  }

  private static PythonException keyError(String key) {
    return new PythonException("KeyError", PythonRepr.strRepr(key));
  }
}
