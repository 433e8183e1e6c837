package migrationtutor.engine.ddl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import migrationtutor.engine.ddl.SqlExpression.Bind;
import migrationtutor.engine.ddl.SqlExpression.BindKind;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.UnsupportedConstructException;

/**
 * SQLAlchemy 1.4's {@code SQLCompiler.visit_insert}, {@code visit_update} and {@code visit_delete}
 * on the SQLite dialect: SET and VALUES list the table's columns in table order ({@code
 * _get_crud_params}), written {@code col=value} without spaces; WHERE qualifies columns with the
 * table name; values of a SET are grouped ({@code value.self_group()}). Parameters are {@code ?}
 * (pysqlite), {@code :name} (offline without literal binds) or literals ({@code literal_binds}).
 */
final class DmlCompiler {
  /** How bound values are written. */
  enum Mode {
    QMARK,
    NAMED,
    LITERAL,
    /** {@code str()}: named parameters, and the default dialect's native booleans. */
    STRING,
    /** In DDL (a CHECK, an index's WHERE): literal values, columns without their table. */
    DDL
  }

  /**
   * A compiled statement.
   *
   * @param sql the SQL
   * @param parameters the bound values in placeholder order (QMARK only)
   */
  record Compiled(String sql, List<Parameter> parameters) {}

  /** A bound value with the type whose bind processor applies. */
  record Parameter(Object value, migrationtutor.engine.schema.SqlType type) {}

  private static final String EMPTY_SET = "SELECT 1 FROM (SELECT 1) WHERE 1!=1";

  private final Mode mode;
  private final Map<String, Integer> anonymous = new HashMap<>();
  private final List<Parameter> parameters = new ArrayList<>();
  private final SqlExpressionCompiler expressions;

  private DmlCompiler(Mode mode) {
    this.mode = mode;
    this.expressions =
        new SqlExpressionCompiler(this::bind, this::text, mode == Mode.STRING, mode != Mode.DDL);
  }

  /** Compiles a statement. */
  static Compiled compile(DmlStatement statement, Mode mode) {
    DmlCompiler c = new DmlCompiler(mode);
    String sql;
    if (statement instanceof DmlStatement.Insert i) {
      sql = c.insert(i);
    } else if (statement instanceof DmlStatement.Update u) {
      sql = c.update(u);
    } else {
      sql = c.delete((DmlStatement.Delete) statement);
    }
    return new Compiled(sql, List.copyOf(c.parameters));
  }

  /** An expression by itself, as {@code str()} shows it (or in DDL, with {@link Mode#DDL}). */
  static String compileExpression(SqlExpression e, Mode mode) {
    return new DmlCompiler(mode).expressions.compile(e);
  }

  private String insert(DmlStatement.Insert s) {
    if (s.rows().isEmpty()) {
      throw new UnsupportedConstructException(
          s.table().name() + ".insert() without .values(...)",
          "give the row: op.execute(t.insert().values(col=value)), or use op.bulk_insert(t, rows)");
    }
    Map<String, Object> first = s.rows().get(0);
    List<Column> columns = columns(s.table(), first, false);
    boolean multi = s.rows().size() > 1;
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < s.rows().size(); i++) {
      Map<String, Object> row = s.rows().get(i);
      if (!row.keySet().equals(first.keySet())) {
        throw new UnsupportedConstructException(
            s.table().name() + ".insert().values([...]) with rows of different columns",
            "give every row the same keys, or use op.bulk_insert(t, rows)");
      }
      List<String> values = new ArrayList<>();
      for (Column c : columns) {
        String key = multi ? c.name() + "_m" + i : c.name();
        values.add(value(c, row.get(c.name()), key));
      }
      rows.add("(" + String.join(", ", values) + ")");
    }
    return "INSERT INTO "
        + SqliteIdentifierPreparer.quote(s.table().name())
        + " ("
        + columns.stream()
            .map(c -> SqliteIdentifierPreparer.quote(c.name()))
            .collect(Collectors.joining(", "))
        + ") VALUES "
        + String.join(", ", rows);
  }

  private String update(DmlStatement.Update s) {
    List<String> sets = new ArrayList<>();
    for (Column c : columns(s.table(), s.values(), true)) {
      sets.add(
          SqliteIdentifierPreparer.quote(c.name())
              + "="
              + value(c, s.values().get(c.name()), null));
    }
    return "UPDATE "
        + SqliteIdentifierPreparer.quote(s.table().name())
        + " SET "
        + String.join(", ", sets)
        + where(s.where());
  }

  private String delete(DmlStatement.Delete s) {
    return "DELETE FROM " + SqliteIdentifierPreparer.quote(s.table().name()) + where(s.where());
  }

  // _generate_delimited_and_list: one criterion is a condition by itself, several are ANDed.
  private String where(List<SqlExpression> criteria) {
    if (criteria.isEmpty()) {
      return "";
    }
    SqlOperator against = criteria.size() == 1 ? SqlOperator.AS_BOOL : SqlOperator.AND;
    List<String> parts = new ArrayList<>();
    for (SqlExpression c : criteria) {
      String sql = expressions.compile(SqlExpressions.selfGroup(c, against));
      if (!sql.isEmpty()) {
        parts.add(sql);
      }
    }
    String text = String.join(" AND ", parts);
    return text.isEmpty() ? "" : " WHERE " + text;
  }

  // _get_crud_params: the table's columns that have a value, in table order; other keys are
  // "Unconsumed column names". A Python-side default or onupdate would add a value the tutor
  // cannot compute.
  private static List<Column> columns(Table table, Map<String, Object> values, boolean update) {
    List<String> unknown = new ArrayList<>();
    for (String key : values.keySet()) {
      if (table.column(key).isEmpty()) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new PythonException(
          PythonException.COMPILE_ERROR, "Unconsumed column names: " + String.join(", ", unknown));
    }
    for (Column c : table.columns()) {
      boolean computed = update ? c.hasOnupdate() : c.hasDefault();
      if (computed && !values.containsKey(c.name())) {
        throw new UnsupportedConstructException(
            (update ? "update()" : "insert()")
                + " on a table whose column '"
                + c.name()
                + "' has a Python-side "
                + (update ? "onupdate=" : "default="),
            "give '" + c.name() + "' a value, or use sa.table()/sa.column() for the statement");
      }
    }
    return table.columns().stream().filter(c -> values.containsKey(c.name())).toList();
  }

  // _create_bind_param: a plain value is a parameter named after the column, of its type.
  private String value(Column c, Object value, String key) {
    if (value instanceof SqlExpression e) {
      return expressions.compile(SqlExpressions.selfGroup(e, null));
    }
    String name = key == null ? c.name() : key;
    return bind(new Bind(name, value, c.type(), BindKind.COLUMN_VALUE));
  }

  private String bind(Bind b) {
    if (b.kind() == BindKind.INLINE) {
      return mode == Mode.STRING
          ? LiteralRenderer.renderForStr(b.value(), b.type())
          : LiteralRenderer.render(b.value(), b.type());
    }
    if (b.kind() == BindKind.EXPANDING) {
      List<?> values = (List<?>) b.value();
      String name = anonymousName(b.key());
      if (mode == Mode.NAMED || mode == Mode.STRING) {
        return "__[POSTCOMPILE_" + name + "]";
      } else if (values.isEmpty()) {
        return EMPTY_SET;
      }
      List<String> each = new ArrayList<>();
      for (Object v : values) {
        each.add(scalar(v, b, null));
      }
      return String.join(", ", each);
    }
    String name = b.kind() == BindKind.ANONYMOUS ? anonymousName(b.key()) : b.key();
    return scalar(b.value(), b, name);
  }

  private String scalar(Object value, Bind b, String name) {
    return switch (mode) {
      case LITERAL, DDL -> LiteralRenderer.render(value, b.type());
      case NAMED, STRING -> ":" + name;
      case QMARK -> {
        parameters.add(new Parameter(value, b.type()));
        yield "?";
      }
    };
  }

  // The compiler's anon_map: "<key>_<n>", counted per key in the order compiled.
  private String anonymousName(String key) {
    String base = key == null ? "param" : key;
    return base + "_" + anonymous.merge(base, 1, Integer::sum);
  }

  // visit_textclause inside a statement: its parameters are bound like any other.
  private String text(SqlExpression.Text t) {
    if (mode == Mode.LITERAL || mode == Mode.DDL) {
      return TextClauses.literal(t.text(), t.values());
    }
    TextClauses.Bound bound =
        TextClauses.bound(t.text(), mode == Mode.QMARK ? Paramstyle.QMARK : Paramstyle.NAMED);
    if (mode == Mode.QMARK) {
      for (String name : bound.parameterNames()) {
        Object v = t.values().get(name);
        parameters.add(new Parameter(v, BindProcessor.inferType(v)));
      }
    }
    return bound.sql();
  }
}
