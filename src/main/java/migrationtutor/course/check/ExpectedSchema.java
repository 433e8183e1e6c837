package migrationtutor.course.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.sqlite.SqliteSession;

/**
 * An expected schema from a lesson's {@code schema} block: a {@code CREATE TABLE} statement (and
 * the table's {@code CREATE INDEX} statements), loaded into an in-memory database and reflected the
 * same way the learner's table is, so that comparing them is structural.
 */
public final class ExpectedSchema {
  private final String name;
  private final int line;
  private final TableShape shape;

  private ExpectedSchema(String name, int line, TableShape shape) {
    this.name = name;
    this.line = line;
    this.shape = shape;
  }

  /**
   * Reads a schema block.
   *
   * @param name the block's name, or null to name it after its table
   * @throws IllegalArgumentException saying why the SQL is not one table's schema
   */
  public static ExpectedSchema parse(String name, String sql, int line) {
    try (SqliteSession s = SqliteSession.open(Path.of(":memory:"))) {
      for (String statement : statements(sql)) {
        try {
          s.execute(statement, List.of());
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(
              "the schema's SQL does not run: "
                  + String.valueOf(e.getMessage()).replaceFirst("^\\(sqlite3\\.\\w+\\) ", ""));
        }
      }
      List<String> tables = new ArrayList<>();
      for (List<Object> row :
          s.query(
              "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                  + " ORDER BY name",
              List.of())) {
        tables.add((String) row.get(0));
      }
      if (tables.size() != 1) {
        throw new IllegalArgumentException(
            "a schema block holds exactly one CREATE TABLE (and its CREATE INDEX statements);"
                + " this one creates "
                + (tables.isEmpty() ? "no table" : String.join(", ", tables)));
      }
      TableShape shape = ShapeReader.read(s, tables.get(0));
      return new ExpectedSchema(name == null ? tables.get(0) : name, line, shape);
    }
  }

  /** The statements of a script: split at semicolons outside quotes. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == ';') {
        if (!b.toString().isBlank()) {
          out.add(b.toString().strip());
        }
        b.setLength(0);
        continue;
      }
      b.append(c);
    }
    if (!b.toString().isBlank()) {
      out.add(b.toString().strip());
    }
    return out;
  }

  /** The name checks refer to it by. */
  public String name() {
    return name;
  }

  /** The table it describes. */
  public String table() {
    return shape.name();
  }

  /** The line of its block. */
  public int line() {
    return line;
  }

  TableShape shape() {
    return shape;
  }
}
