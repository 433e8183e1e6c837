package migrationtutor.engine.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.UnsupportedConstructException;

/**
 * The statements of Alembic's {@code DefaultImpl.bulk_insert}: offline one INSERT per row with
 * literal values; online one {@code executemany} (or one statement per row without {@code
 * multiinsert}). Columns appear in table order, as SQLAlchemy's INSERT compiler lists them.
 */
final class BulkInsert {
  private BulkInsert() {}

  /**
   * Offline: {@code insert(table).values(**{k: _literal_bindparam(k, v, type_=table.c[k].type)})}
   * per row, each compiled and written before the next row is looked at.
   */
  static void offline(Table table, List<Map<String, Object>> rows, SqlSink sink) {
    for (Map<String, Object> row : rows) {
      for (String key : row.keySet()) {
        if (table.column(key).isEmpty()) {
          throw new PythonException("KeyError", PythonRepr.strRepr(key));
        }
      }
      List<Column> columns = columnsFor(table, row);
      List<String> values =
          columns.stream().map(c -> LiteralRenderer.render(row.get(c.name()), c.type())).toList();
      sink.execute(new SqlStatement(sql(table, columns, values), SqlStatement.Kind.DML));
    }
  }

  /** Online with {@code multiinsert=True}: the first row's keys decide the columns. */
  static SqlStatement executemany(Table table, List<Map<String, Object>> rows) {
    List<Column> columns = columnsFor(table, rows.get(0));
    String sql = placeholders(table, columns);
    String parameters = ParamsRepr.rows(rows);
    // construct_params runs for every group before any value is processed.
    for (int group = 0; group < rows.size(); group++) {
      for (Column c : columns) {
        if (!rows.get(group).containsKey(c.name())) {
          throw StatementErrors.missingValue(c.name(), group, sql, parameters);
        }
      }
    }
    List<List<Object>> sets = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      sets.add(process(columns, row, sql, parameters));
    }
    return new SqlStatement(sql, SqlStatement.Kind.DML, sets);
  }

  /** Online with {@code multiinsert=False}: {@code insert(table).values(**row)} per row. */
  static SqlStatement single(Table table, Map<String, Object> row) {
    for (String key : row.keySet()) {
      if (table.column(key).isEmpty()) {
        throw new PythonException(PythonException.COMPILE_ERROR, "Unconsumed column names: " + key);
      }
    }
    List<Column> columns = columnsFor(table, row);
    String sql = placeholders(table, columns);
    List<Object> values = process(columns, row, sql, null);
    return new SqlStatement(
        sql, SqlStatement.Kind.DML, columns.isEmpty() ? List.of() : List.of(values));
  }

  private static List<Object> process(
      List<Column> columns, Map<String, Object> row, String sql, String parameters) {
    List<Object> values = new ArrayList<>();
    for (Column c : columns) {
      try {
        values.add(BindProcessor.process(row.get(c.name()), c.type()));
      } catch (PythonException e) {
        throw StatementErrors.processing(e, sql, parameters);
      }
    }
    return values;
  }

  private static List<Column> columnsFor(Table table, Map<String, Object> row) {
    for (Column c : table.columns()) {
      if (c.hasDefault() && !row.containsKey(c.name())) {
        throw new UnsupportedConstructException(
            "bulk_insert() into a table whose column '" + c.name() + "' has a Python-side default=",
            "give a value for '"
                + c.name()
                + "' in every row, or use sa.table()/sa.column() for the bulk_insert table");
      }
    }
    return table.columns().stream().filter(c -> row.containsKey(c.name())).toList();
  }

  private static String placeholders(Table table, List<Column> columns) {
    return sql(table, columns, columns.stream().map(c -> "?").toList());
  }

  // SQLite supports "DEFAULT VALUES" for an INSERT without columns.
  private static String sql(Table table, List<Column> columns, List<String> values) {
    String into = "INSERT INTO " + SqliteIdentifierPreparer.quote(table.name());
    if (columns.isEmpty()) {
      return into + " DEFAULT VALUES";
    }
    return into
        + " ("
        + columns.stream()
            .map(c -> SqliteIdentifierPreparer.quote(c.name()))
            .collect(Collectors.joining(", "))
        + ") VALUES ("
        + String.join(", ", values)
        + ")";
  }
}
