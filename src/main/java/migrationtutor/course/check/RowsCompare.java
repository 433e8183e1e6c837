package migrationtutor.course.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the rows a table had are still there with the same values, in the columns both versions
 * of the table have: {@code 2 rows missing from todos}, {@code row id=2 of todos changed: title is
 * 'x', was 'Write report'}.
 */
final class RowsCompare {
  private RowsCompare() {}

  static Optional<String> lost(String table, RowSet before, RowSet after) {
    List<String> common = new ArrayList<>();
    for (String c : before.columns()) {
      if (indexOf(after.columns(), c) >= 0) {
        common.add(c);
      }
    }
    List<String> key =
        !before.key().isEmpty() && before.key().stream().allMatch(common::contains)
            ? before.key()
            : common;
    Map<List<Object>, List<List<Object>>> afterByKey = new HashMap<>();
    for (List<Object> row : after.rows()) {
      afterByKey
          .computeIfAbsent(project(row, after.columns(), key), k -> new ArrayList<>())
          .add(row);
    }
    int missing = 0;
    String change = null;
    for (List<Object> row : before.rows()) {
      List<List<Object>> matches = afterByKey.get(project(row, before.columns(), key));
      if (matches == null || matches.isEmpty()) {
        missing++;
        continue;
      }
      List<Object> other = matches.remove(0);
      if (change == null) {
        change = changed(table, row, before.columns(), other, after.columns(), common, key);
      }
    }
    if (missing > 0) {
      return Optional.of(missing + (missing == 1 ? " row" : " rows") + " missing from " + table);
    }
    return Optional.ofNullable(change);
  }

  private static String changed(
      String table,
      List<Object> row,
      List<String> columns,
      List<Object> other,
      List<String> otherColumns,
      List<String> common,
      List<String> key) {
    for (String c : common) {
      Object was = row.get(indexOf(columns, c));
      Object now = other.get(indexOf(otherColumns, c));
      if (!same(was, now)) {
        StringBuilder id = new StringBuilder();
        for (String k : key.size() <= 2 ? key : key.subList(0, 2)) {
          id.append(id.length() == 0 ? "" : ", ")
              .append(k)
              .append('=')
              .append(Sql.literal(row.get(indexOf(columns, k))));
        }
        return "row "
            + id
            + " of "
            + table
            + " changed: "
            + c
            + " is "
            + Sql.literal(now)
            + ", was "
            + Sql.literal(was);
      }
    }
    return null;
  }

  private static List<Object> project(List<Object> row, List<String> columns, List<String> key) {
    List<Object> out = new ArrayList<>();
    for (String k : key) {
      out.add(normal(row.get(indexOf(columns, k))));
    }
    return out;
  }

  private static Object normal(Object v) {
    if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) {
      return n.longValue();
    }
    if (v instanceof byte[] b) {
      return Arrays.toString(b);
    }
    return v;
  }

  private static boolean same(Object a, Object b) {
    return java.util.Objects.equals(normal(a), normal(b));
  }

  private static int indexOf(List<String> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }
}
