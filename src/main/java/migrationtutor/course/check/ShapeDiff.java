package migrationtutor.course.check;

import java.util.ArrayList;
import java.util.List;

/** What differs between an expected table and the real one, one sentence per difference. */
final class ShapeDiff {
  private ShapeDiff() {}

  /** Empty when {@code actual} is structurally {@code expected}. */
  static List<String> differences(TableShape expected, TableShape actual) {
    List<String> out = new ArrayList<>();
    String t = actual.name();
    for (ColumnShape e : expected.columns()) {
      var found = actual.column(e.name());
      if (found.isEmpty()) {
        out.add(t + " has no column " + e.name());
      } else if (!e.sameAs(found.get())) {
        out.add(e.name() + ": expected " + e.spec() + ", found " + found.get().spec());
      }
    }
    for (ColumnShape a : actual.columns()) {
      if (expected.column(a.name()).isEmpty()) {
        out.add(t + " has an unexpected column " + a.name());
      }
    }
    if (!keys(expected.primaryKey()).equals(keys(actual.primaryKey()))) {
      out.add(
          actual.primaryKey().isEmpty()
              ? t
                  + " has no primary key, expected ("
                  + String.join(", ", expected.primaryKey())
                  + ")"
              : "the primary key of "
                  + t
                  + " is ("
                  + String.join(", ", actual.primaryKey())
                  + "), expected "
                  + (expected.primaryKey().isEmpty()
                      ? "none"
                      : "(" + String.join(", ", expected.primaryKey()) + ")"));
    }
    compare(t, "", expected.constraints(), actual.constraints(), out);
    compare(t, "", expected.indexes(), actual.indexes(), out);
    return out;
  }

  private static void compare(
      String table, String what, List<String> expected, List<String> actual, List<String> out) {
    List<String> actualKeys = keys(actual);
    List<String> expectedKeys = keys(expected);
    for (int i = 0; i < expected.size(); i++) {
      if (!actualKeys.contains(expectedKeys.get(i))) {
        out.add(table + " has no " + what + expected.get(i));
      }
    }
    for (int i = 0; i < actual.size(); i++) {
      if (!expectedKeys.contains(actualKeys.get(i))) {
        out.add(table + " has an unexpected " + what + actual.get(i));
      }
    }
  }

  private static List<String> keys(List<String> items) {
    return items.stream().map(Sql::key).toList();
  }
}
