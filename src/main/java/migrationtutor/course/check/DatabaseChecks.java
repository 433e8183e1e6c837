package migrationtutor.course.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checks on the learner's database: tables, columns, schemas and rows. */
final class DatabaseChecks {
  private DatabaseChecks() {}

  static CheckResult tables(Check.Tables c, Probe p) {
    List<String> actual = p.database().tables();
    List<String> out = new ArrayList<>();
    for (String t : c.names()) {
      if (actual.stream().noneMatch(a -> a.equalsIgnoreCase(t))) {
        out.add("there is no table " + t);
      }
    }
    for (String a : actual) {
      if (c.names().stream().noneMatch(a::equalsIgnoreCase)) {
        out.add("there is an unexpected table " + a);
      }
    }
    return out.isEmpty() ? CheckResult.pass(c) : CheckResult.fail(c, join(out));
  }

  static CheckResult table(Check.TableExists c, Probe p) {
    return p.database().table(c.table()) != null
        ? CheckResult.pass(c)
        : CheckResult.fail(c, "there is no table " + c.table());
  }

  static CheckResult noTable(Check.NoTable c, Probe p) {
    String t = p.database().table(c.table());
    return t == null
        ? CheckResult.pass(c)
        : CheckResult.fail(c, "table " + t + " exists, but should not");
  }

  static CheckResult column(Check.ColumnExists c, Probe p) {
    TableShape shape = shape(p, c.table());
    Optional<ColumnShape> col = shape.column(c.column());
    if (col.isEmpty()) {
      return CheckResult.fail(c, shape.name() + " has no column " + c.column());
    }
    if (!c.spec().matches(col.get())) {
      return CheckResult.fail(
          c, col.get().name() + ": expected " + c.spec() + ", found " + col.get().spec());
    }
    return CheckResult.pass(c);
  }

  static CheckResult noColumn(Check.NoColumn c, Probe p) {
    TableShape shape = shape(p, c.table());
    return shape.column(c.column()).isPresent()
        ? CheckResult.fail(c, shape.name() + " still has a column " + c.column())
        : CheckResult.pass(c);
  }

  static CheckResult schema(Check.SchemaIs c, Probe p) {
    ExpectedSchema s = p.schema(c.schema());
    List<String> diffs = ShapeDiff.differences(s.shape(), shape(p, s.table()));
    return diffs.isEmpty() ? CheckResult.pass(c) : CheckResult.fail(c, join(diffs));
  }

  static CheckResult rows(Check.Rows c, Probe p) {
    DatabaseView db = p.database();
    String t = db.table(c.table());
    if (t == null) {
      return CheckResult.fail(c, "there is no table " + c.table());
    }
    int n = db.rows(t).rows().size();
    if (n == c.count()) {
      return CheckResult.pass(c);
    }
    if (n < c.count()) {
      int missing = c.count() - n;
      return CheckResult.fail(
          c, missing + (missing == 1 ? " row" : " rows") + " missing from " + t);
    }
    return CheckResult.fail(c, t + " has " + n + " rows, expected " + c.count());
  }

  static CheckResult rowsKept(Check.RowsKept c, Probe p) {
    DatabaseView db = p.database();
    String t = db.table(c.table());
    if (t == null) {
      return CheckResult.fail(c, "there is no table " + c.table());
    }
    RowSet before;
    try (DatabaseView starter = DatabaseView.of(Starters.database(p.starter()))) {
      String st = starter.table(c.table());
      if (st == null) {
        throw new Unavailable("the starter project has no table " + c.table() + " to compare with");
      }
      before = starter.rows(st);
    }
    Optional<String> lost = RowsCompare.lost(t, before, db.rows(t));
    return lost.isEmpty() ? CheckResult.pass(c) : CheckResult.fail(c, lost.get());
  }

  private static TableShape shape(Probe p, String table) {
    DatabaseView db = p.database();
    String t = db.table(table);
    if (t == null) {
      throw new Unavailable("there is no table " + table);
    }
    return db.shape(t);
  }

  /** Several differences in one message, the first few in full. */
  static String join(List<String> parts) {
    if (parts.size() <= 4) {
      return String.join("; ", parts);
    }
    return String.join("; ", parts.subList(0, 3))
        + "; and "
        + (parts.size() - 3)
        + " more differences";
  }
}
