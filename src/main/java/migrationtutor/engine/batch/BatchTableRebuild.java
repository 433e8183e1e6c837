package migrationtutor.engine.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import migrationtutor.engine.ddl.SqlSink;
import migrationtutor.engine.ddl.SqlStatement;
import migrationtutor.engine.ddl.SqliteIdentifierPreparer;
import migrationtutor.engine.ddl.SqliteImpl;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TableElement;
import migrationtutor.engine.schema.TypeBoundCheckConstraint;
import migrationtutor.engine.schema.UniqueConstraint;
import migrationtutor.engine.schema.UnsupportedConstructException;

/**
 * {@code ApplyBatchImpl._create}: builds the new table ({@code _transfer_elements_to_new_table}),
 * then {@code CREATE TABLE _alembic_tmp_<t>}, {@code INSERT INTO ... SELECT ... FROM <t>}, {@code
 * DROP TABLE <t>}, {@code ALTER TABLE _alembic_tmp_<t> RENAME TO <t>} and the indexes ({@code
 * _gather_indexes_from_both_tables}). If the copy or the drop fails, the new table is dropped and
 * the error raised; on SQLite that drop runs inside the transaction the INSERT opened, so when the
 * migration rolls back, the committed {@code CREATE TABLE} leaves {@code _alembic_tmp_<t>} behind.
 */
final class BatchTableRebuild {
  private final ApplyBatchImpl batch;
  private final List<TableElement> tableArgs;
  private final Map<String, Object> tableKwargs;
  private final Consumer<PythonWarning> warnings;

  BatchTableRebuild(
      ApplyBatchImpl batch,
      List<TableElement> tableArgs,
      Map<String, Object> tableKwargs,
      Consumer<PythonWarning> warnings) {
    this.batch = batch;
    this.tableArgs = tableArgs;
    this.tableKwargs = tableKwargs;
    this.warnings = warnings;
  }

  void create(SqliteImpl givenImpl, SqlSink givenSink) {
    List<String> keys = batch.orderedKeys();
    DuplicateColumnNames.Resolved resolved = DuplicateColumnNames.resolve(batch, keys, givenSink);
    SqlSink sink = resolved.sink();
    SqliteImpl impl =
        sink == givenSink ? givenImpl : new SqliteImpl(sink, givenImpl.options(), warnings);
    Table newTable = newTable(resolved.tableKeys());
    impl.createTable(newTable);
    try {
      if (resolved.missingKey() != null) {
        // insert().from_select() looks each transferred key up in the new table's columns.
        throw new PythonException("KeyError", PythonRepr.strRepr(resolved.missingKey()));
      }
      sink.execute(new SqlStatement(insertFromSelect(keys), SqlStatement.Kind.DML));
      impl.dropTable(batch.table.name());
    } catch (RuntimeException e) {
      impl.dropTable(batch.tempTableName);
      throw e;
    }
    impl.renameTable(batch.tempTableName, batch.table.name());
    for (Index ix : gatherIndexes()) {
      impl.createIndex(ix);
    }
  }

  // _transfer_elements_to_new_table: Table(temp, *(columns + table_args), **table_kwargs), then
  // each named and unnamed constraint whose columns all still exist, appended in that order.
  Table newTable(List<String> keys) {
    List<TableElement> elements = new ArrayList<>();
    for (String k : keys) {
      elements.add(batch.columns.get(k));
    }
    elements.addAll(tableArgs);
    Table t = Table.assemble(batch.tempTableName, elements, warnings);
    t = withKwargs(t);
    List<Constraint> copies = new ArrayList<>(batch.namedConstraints.values());
    copies.addAll(batch.unnamedConstraints);
    for (Constraint c : copies) {
      if (!batch.columnTransfers.keySet().containsAll(Table.constrainedColumns(c))) {
        continue;
      }
      Constraint copy = copy(c);
      if (copy instanceof PrimaryKeyConstraint pk) {
        warnOnPrimaryKeyMismatch(t, pk);
      }
      t = t.withConstraint(copy);
    }
    return t;
  }

  // table_kwargs, with the copied table's own dialect options as defaults.
  private Table withKwargs(Table t) {
    Boolean autoincrement = batch.table.sqliteAutoincrement() ? Boolean.TRUE : null;
    Boolean withRowid = batch.table.sqliteWithRowid() ? null : Boolean.FALSE;
    for (Map.Entry<String, Object> e : tableKwargs.entrySet()) {
      if (e.getKey().equals("sqlite_autoincrement")) {
        autoincrement = truthy(e.getValue());
      } else if (e.getKey().equals("sqlite_with_rowid")) {
        withRowid = truthy(e.getValue());
      } else {
        throw new UnsupportedConstructException(
            "table_kwargs={'" + e.getKey() + "': ...} in batch_alter_table()",
            "use only sqlite_autoincrement or sqlite_with_rowid there");
      }
    }
    if (autoincrement != null) {
      t = t.withSqliteAutoincrement(autoincrement);
    }
    if (withRowid != null) {
      t = t.withSqliteWithRowid(withRowid);
    }
    return t;
  }

  private static boolean truthy(Object v) {
    if (v instanceof Boolean b) {
      return b;
    } else if (v instanceof Number n) {
      return n.doubleValue() != 0;
    } else if (v instanceof String s) {
      return !s.isEmpty();
    }
    return v != null;
  }

  // Constraint._copy(target_table=new_table): columns are found by key, so a renamed column is
  // rendered under its new name.
  private Constraint copy(Constraint c) {
    if (c instanceof UniqueConstraint u) {
      return new UniqueConstraint(names(u.columns()), u.name(), u.deferrable(), u.initially());
    } else if (c instanceof ForeignKeyConstraint f) {
      return new ForeignKeyConstraint(
          names(f.columns()),
          f.referredTable(),
          f.referredColumns(),
          f.name(),
          f.ondelete(),
          f.onupdate(),
          f.deferrable(),
          f.initially(),
          f.match());
    } else if (c instanceof PrimaryKeyConstraint p) {
      return new PrimaryKeyConstraint(names(p.columns()), p.name(), p.deferrable(), p.initially());
    } else if (c instanceof TypeBoundCheckConstraint k) {
      String name = ApplyBatchImpl.NONE_NAME.equals(k.name()) ? null : k.name();
      return new TypeBoundCheckConstraint(batch.currentName(k.column()), name);
    }
    return (CheckConstraint) c;
  }

  private List<String> names(List<String> keys) {
    return keys.stream().map(batch::currentName).toList();
  }

  // PrimaryKeyConstraint._set_parent on a table whose primary_key=True columns differ. The copy
  // attaches twice (its columns are already the new table's, then append_constraint), and the
  // first attach flags its own columns without unflagging the old ones, so when an old key column
  // is not in the new key the second attach warns again, naming old and new columns together.
  private void warnOnPrimaryKeyMismatch(Table t, PrimaryKeyConstraint pk) {
    List<String> flagged =
        t.columns().stream().filter(Column::primaryKey).map(Column::name).toList();
    if (pk.columns().isEmpty()
        || flagged.isEmpty()
        || new HashSet<>(flagged).equals(new HashSet<>(pk.columns()))) {
      return;
    }
    warnPrimaryKey(t, flagged, pk);
    List<String> both =
        t.columns().stream()
            .map(Column::name)
            .filter(n -> flagged.contains(n) || pk.columns().contains(n))
            .toList();
    if (!new HashSet<>(both).equals(new HashSet<>(pk.columns()))) {
      warnPrimaryKey(t, both, pk);
    }
  }

  private void warnPrimaryKey(Table t, List<String> flagged, PrimaryKeyConstraint pk) {
    warnings.accept(
        new PythonWarning(
            "SAWarning",
            "Table '"
                + t.name()
                + "' specifies columns "
                + quoted(flagged)
                + " as primary_key=True, not matching locally specified columns "
                + quoted(pk.columns())
                + "; setting the current primary key columns to "
                + quoted(pk.columns())
                + ". This warning may become an exception in a future release"));
  }

  private static String quoted(List<String> names) {
    return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
  }

  String insertFromSelect(List<String> keys) {
    List<String> targets = new ArrayList<>();
    List<String> selected = new ArrayList<>();
    for (String k : keys) {
      ColumnTransfer transfer = batch.columnTransfers.get(k);
      if (transfer.hasExpr()) {
        targets.add(SqliteIdentifierPreparer.quote(batch.currentName(k)));
        selected.add(transfer.selectEntry(batch.table.name()));
      }
    }
    return "INSERT INTO "
        + SqliteIdentifierPreparer.quote(batch.tempTableName)
        + " ("
        + String.join(", ", targets)
        + ") SELECT "
        + String.join(", ", selected)
        + " \nFROM "
        + SqliteIdentifierPreparer.quote(batch.table.name());
  }

  // _gather_indexes_from_both_tables, run after the rename: the existing indexes (those made by
  // index=True are skipped), columns matched by name so a dropped column is still named; then the
  // indexes created in the batch, columns looked up by key.
  List<Index> gatherIndexes() {
    String tableName = batch.table.name();
    List<Index> out = new ArrayList<>();
    for (Index ix : batch.indexes.values()) {
      if (isColumnFlagIndex(ix)) {
        continue;
      }
      List<IndexElement> elements = new ArrayList<>();
      for (IndexElement e : ix.elements()) {
        String current = e.expression() ? null : batch.currentName(e.text());
        elements.add(current == null ? e : IndexElement.column(current));
      }
      out.add(new Index(ix.name(), tableName, elements, ix.unique(), ix.sqliteWhere()));
    }
    for (Index ix : batch.newIndexes.values()) {
      List<IndexElement> elements = new ArrayList<>();
      for (IndexElement e : ix.elements()) {
        if (e.expression()) {
          throw new UnsupportedConstructException(
              "the expression " + e.text() + " in batch_op.create_index() on a recreated table",
              "create that index with op.create_index() after the batch_alter_table() block");
        }
        String current = batch.currentName(e.text());
        if (current == null) {
          throw new PythonException("KeyError", PythonRepr.strRepr(e.text()));
        }
        elements.add(IndexElement.column(current));
      }
      out.add(new Index(ix.name(), tableName, elements, ix.unique(), ix.sqliteWhere()));
    }
    return out;
  }

  // Index._column_flag: the index Table.assemble made for a column with index=True.
  private boolean isColumnFlagIndex(Index ix) {
    if (ix.elements().size() != 1 || ix.elements().get(0).expression()) {
      return false;
    }
    String col = ix.elements().get(0).text();
    Set<String> flagged = new HashSet<>();
    batch.table.columns().stream().filter(Column::index).forEach(c -> flagged.add(c.name()));
    return flagged.contains(col) && ix.name().equals("ix_" + batch.table.name() + "_" + col);
  }
}
