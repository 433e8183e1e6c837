package migrationtutor.course.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.sqlite.SqliteSession;

/**
 * What the checks read from a database: its tables, their shapes and rows, and the revisions in
 * {@code alembic_version}. The learner's database is never opened: the view reads a copy of the
 * file (and its journal), so a check can neither change nor lock it.
 */
final class DatabaseView implements AutoCloseable {
  private final SqliteSession session;
  private final Path copyDir;
  private final Map<String, TableShape> shapes = new HashMap<>();

  private DatabaseView(SqliteSession session, Path copyDir) {
    this.session = session;
    this.copyDir = copyDir;
  }

  /** A view of a copy of {@code file}, which must exist. */
  static DatabaseView copyOf(Path file) throws IOException {
    Path dir = Files.createTempDirectory("tutor-check-");
    Path copy = dir.resolve(file.getFileName().toString());
    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
    for (String suffix : List.of("-journal", "-wal")) {
      Path side = file.resolveSibling(file.getFileName() + suffix);
      if (Files.exists(side)) {
        Files.copy(side, dir.resolve(side.getFileName().toString()));
      }
    }
    try {
      return new DatabaseView(SqliteSession.open(copy), dir);
    } catch (RuntimeException e) {
      Scratch.delete(dir);
      throw e;
    }
  }

  /** A view of a scratch database the checks own. */
  static DatabaseView of(Path file) {
    return new DatabaseView(SqliteSession.open(file), null);
  }

  /** The tables, sorted, without SQLite's own. */
  List<String> tables() {
    List<String> out = new ArrayList<>();
    for (List<Object> row :
        session.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
                + " ESCAPE '\\' ORDER BY name",
            List.of())) {
      out.add((String) row.get(0));
    }
    return out;
  }

  /** The real name of a table (SQLite names are not case-sensitive), or null. */
  String table(String name) {
    for (String t : tables()) {
      if (t.equalsIgnoreCase(name)) {
        return t;
      }
    }
    return null;
  }

  TableShape shape(String table) {
    return shapes.computeIfAbsent(table, t -> ShapeReader.read(session, t));
  }

  RowSet rows(String table) {
    TableShape shape = shape(table);
    List<String> columns = shape.columns().stream().map(ColumnShape::name).toList();
    List<List<Object>> rows =
        session.query("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\" ORDER BY rowid", null);
    return new RowSet(columns, rows, shape.primaryKey());
  }

  /** The revision ids in {@code alembic_version}; empty when the table does not exist. */
  List<String> versions() {
    if (table("alembic_version") == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (List<Object> row : session.query("SELECT version_num FROM alembic_version", List.of())) {
      out.add(String.valueOf(row.get(0)));
    }
    return out;
  }

  /** Every table's shape and rows, for comparing before and after a migration. */
  Snapshot snapshot() {
    Map<String, TableShape> s = new HashMap<>();
    Map<String, RowSet> r = new HashMap<>();
    for (String t : tables()) {
      s.put(t, shape(t));
      r.put(t, rows(t));
    }
    return new Snapshot(tables(), s, r);
  }

  /** The state of a database at one moment. */
  record Snapshot(List<String> tables, Map<String, TableShape> shapes, Map<String, RowSet> rows) {
    String table(String name) {
      for (String t : tables) {
        if (t.equalsIgnoreCase(name)) {
          return t;
        }
      }
      return null;
    }
  }

  @Override
  public void close() {
    session.close();
    if (copyDir != null) {
      Scratch.delete(copyDir);
    }
  }
}
