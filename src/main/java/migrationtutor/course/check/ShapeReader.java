package migrationtutor.course.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.reflect.Inspector;
import migrationtutor.engine.reflect.ReflectedCheckConstraint;
import migrationtutor.engine.reflect.ReflectedColumn;
import migrationtutor.engine.reflect.ReflectedForeignKey;
import migrationtutor.engine.reflect.ReflectedIndex;
import migrationtutor.engine.reflect.ReflectedUniqueConstraint;
import migrationtutor.engine.sqlite.SqliteSession;

/**
 * Reads a table's {@link TableShape} through the engine's {@link Inspector} (the reflection
 * Alembic's batch mode uses), with the declared type text from {@code PRAGMA table_xinfo} so that
 * messages show the type the way {@code .schema} does.
 */
final class ShapeReader {
  private ShapeReader() {}

  static TableShape read(SqliteSession session, String table) {
    Inspector inspector = new Inspector(session, w -> {});
    Map<String, String> declared = new HashMap<>();
    for (List<Object> row :
        session.query("PRAGMA main.table_xinfo(\"" + table.replace("\"", "\"\"") + "\")", null)) {
      declared.put((String) row.get(1), row.get(2) == null ? "" : (String) row.get(2));
    }
    List<ReflectedColumn> reflected = new ArrayList<>(inspector.getColumns(table));
    List<String> pk = inspector.getPkConstraint(table).constrainedColumns();
    List<ColumnShape> columns = new ArrayList<>();
    for (ReflectedColumn c : reflected) {
      String type = Sql.displayType(declared.getOrDefault(c.name(), ""));
      // An INTEGER PRIMARY KEY can never hold NULL, whether or not NOT NULL was written.
      boolean rowid = pk.size() == 1 && pk.get(0).equals(c.name()) && type.equals("INTEGER");
      columns.add(
          new ColumnShape(
              c.name(),
              type,
              !c.nullable() || rowid,
              c.defaultText() == null ? null : c.defaultText().strip()));
    }
    List<String> constraints = new ArrayList<>();
    for (ReflectedUniqueConstraint u : inspector.getUniqueConstraints(table)) {
      constraints.add("UNIQUE (" + String.join(", ", u.columnNames()) + ")");
    }
    for (ReflectedForeignKey fk : inspector.getForeignKeys(table)) {
      constraints.add(
          "FOREIGN KEY ("
              + String.join(", ", fk.constrainedColumns())
              + ") REFERENCES "
              + fk.referredTable()
              + " ("
              + String.join(", ", fk.referredColumns())
              + ")"
              + (fk.ondelete() == null ? "" : " ON DELETE " + fk.ondelete())
              + (fk.onupdate() == null ? "" : " ON UPDATE " + fk.onupdate()));
    }
    for (ReflectedCheckConstraint ck : inspector.getCheckConstraints(table)) {
      constraints.add("CHECK (" + ck.sqltext().strip() + ")");
    }
    List<String> indexes = new ArrayList<>();
    for (ReflectedIndex ix : inspector.getIndexes(table)) {
      indexes.add(
          (ix.unique() ? "unique index " : "index ")
              + ix.name()
              + " ("
              + String.join(", ", ix.columnNames())
              + ")"
              + (ix.sqliteWhere() == null ? "" : " WHERE " + ix.sqliteWhere()));
    }
    return new TableShape(table, columns, pk, constraints, indexes);
  }
}
