package migrationtutor.engine.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.sqlite.SqliteSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Inspector answer for every table of the golden databases, against SQLAlchemy's. */
class ReflectGoldenTest {
  private static final Map<String, String> GOLDEN =
      TestGoldens.read("/migrationtutor/engine/batch/reflect.golden");

  @Test
  void todosDatabase(@TempDir Path dir) {
    check(dir, "todos.sql");
  }

  @Test
  void catalogDatabase(@TempDir Path dir) {
    check(dir, "catalog.sql");
  }

  @Test
  void edgeDatabase(@TempDir Path dir) {
    check(dir, "edge.sql");
  }

  private static void check(Path dir, String script) {
    Path db = dir.resolve("t.db");
    TestDatabase.build(db, script);
    try (SqliteSession session = SqliteSession.open(db)) {
      List<PythonWarning> warnings = new ArrayList<>();
      Inspector insp = new Inspector(session, warnings::add);
      List<String> names = insp.getTableNames();
      assertEquals(GOLDEN.get(script + " tables"), String.join("\n", names) + "\n");
      for (String t : names) {
        warnings.clear();
        assertEquals(GOLDEN.get(script + " " + t), describe(insp, t, warnings), script + " " + t);
      }
    }
  }

  static String describe(Inspector insp, String t, List<PythonWarning> warnings) {
    List<String> lines = new ArrayList<>();
    for (ReflectedColumn c : insp.getColumns(t)) {
      lines.add(
          "column "
              + c.name()
              + " "
              + c.type().pythonRepr()
              + " nullable="
              + (c.nullable() ? "True" : "False")
              + " default="
              + PythonRepr.repr(c.defaultText())
              + " pk="
              + c.primaryKey());
    }
    ReflectedPrimaryKey pk = insp.getPkConstraint(t);
    lines.add("pk " + PythonRepr.repr(pk.name()) + " " + list(pk.constrainedColumns()));
    for (ReflectedForeignKey fk : insp.getForeignKeys(t)) {
      List<String> options = new ArrayList<>();
      if (fk.deferrable() != null) {
        options.add("('deferrable', " + (fk.deferrable() ? "True" : "False") + ")");
      }
      if (fk.initially() != null) {
        options.add("('initially', " + PythonRepr.repr(fk.initially()) + ")");
      }
      if (fk.ondelete() != null) {
        options.add("('ondelete', " + PythonRepr.repr(fk.ondelete()) + ")");
      }
      if (fk.onupdate() != null) {
        options.add("('onupdate', " + PythonRepr.repr(fk.onupdate()) + ")");
      }
      lines.add(
          "fk "
              + PythonRepr.repr(fk.name())
              + " "
              + list(fk.constrainedColumns())
              + " -> "
              + PythonRepr.repr(fk.referredTable())
              + " "
              + list(fk.referredColumns())
              + " ["
              + String.join(", ", options)
              + "]");
    }
    for (ReflectedIndex ix : insp.getIndexes(t)) {
      lines.add(
          "index "
              + PythonRepr.repr(ix.name())
              + " "
              + list(ix.columnNames())
              + " unique="
              + (ix.unique() ? "True" : "False")
              + " where="
              + PythonRepr.repr(ix.sqliteWhere()));
    }
    for (ReflectedUniqueConstraint uq : insp.getUniqueConstraints(t)) {
      lines.add("unique " + PythonRepr.repr(uq.name()) + " " + list(uq.columnNames()));
    }
    for (ReflectedCheckConstraint ck : insp.getCheckConstraints(t)) {
      lines.add("check " + PythonRepr.repr(ck.name()) + " " + PythonRepr.repr(ck.sqltext()));
    }
    for (PythonWarning w : warnings) {
      lines.add("WARN " + w.category() + ": " + w.message());
    }
    return String.join("\n", lines) + "\n";
  }

  private static String list(List<String> items) {
    return "[" + String.join(", ", items.stream().map(PythonRepr::repr).toList()) + "]";
  }
}
