package migrationtutor.engine.autogen;

import java.util.regex.Pattern;
import migrationtutor.engine.ddl.SqliteDdlCompiler;
import migrationtutor.engine.reflect.ReflectedColumn;
import migrationtutor.engine.schema.EnumType;
import migrationtutor.engine.schema.ServerDefault;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringServerDefault;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.TextServerDefault;

/**
 * Server defaults the way Alembic's {@code SQLiteImpl} and the comparators treat them: the
 * parentheses SQLite needs around expressions ({@code
 * _guess_if_default_is_unparenthesized_sql_expr}, applied to reflected defaults by {@code
 * autogen_column_reflect} and to rendered ones by {@code render_ddl_sql_expr}), the text compared
 * ({@code _render_server_default_for_compare}) and {@code SQLiteImpl.compare_server_default}.
 */
final class ServerDefaults {
  // Python's re: "." stops only at "\n", "$" also matches before a final "\n".
  private static final Pattern ONE_DIGIT = python("^[0-9\\.]$");
  private static final Pattern QUOTED = python("^'.+'$");
  private static final Pattern PARENTHESIZED = python("^\\(.+\\)$");
  private static final Pattern OUTER_PARENS = python("^\\((.+)\\)$");
  private static final Pattern OUTER_QUOTES = python("^\"?'(.+)'\"?$");
  private static final Pattern EDGE_QUOTE = python("^'|'$");

  private ServerDefaults() {}

  private static Pattern python(String regex) {
    return Pattern.compile(regex, Pattern.UNIX_LINES);
  }

  /**
   * {@code SQLiteImpl._guess_if_default_is_unparenthesized_sql_expr}. Its first pattern matches a
   * single digit or dot only, so {@code 10} counts as an expression and gets parentheses.
   */
  static boolean unparenthesizedExpression(String expr) {
    if (expr == null || expr.isEmpty()) {
      return false;
    }
    return !ONE_DIGIT.matcher(expr).find()
        && !QUOTED.matcher(expr).find()
        && !PARENTHESIZED.matcher(expr).find();
  }

  /** {@code SQLiteImpl.autogen_column_reflect}: an expression default gets parentheses. */
  static ReflectedColumn columnReflect(ReflectedColumn column) {
    String d = column.defaultText();
    return unparenthesizedExpression(d) ? column.withDefaultText("(" + d + ")") : column;
  }

  /**
   * {@code impl.render_ddl_sql_expr(arg, is_server_default=True)} for a SQL expression default: its
   * literal-binds compile, in parentheses when SQLite needs them.
   */
  static String renderExpression(ServerDefault expression) {
    String sql = SqliteDdlCompiler.columnDefault(expression);
    return unparenthesizedExpression(sql) ? "(" + sql + ")" : sql;
  }

  /**
   * {@code _render_server_default_for_compare}: a plain string as given, an expression compiled;
   * for a column of String affinity the string loses its outer quotes and becomes its repr.
   */
  static String renderForCompare(ServerDefault metadataDefault, SqlType columnType) {
    if (metadataDefault == null) {
      return null;
    }
    String text =
        metadataDefault instanceof StringServerDefault s
            ? s.value()
            : SqliteDdlCompiler.columnDefault(metadataDefault);
    if (columnType instanceof StringType || columnType instanceof EnumType) {
      return migrationtutor.engine.schema.PythonRepr.strRepr(
          EDGE_QUOTE.matcher(text).replaceAll(""));
    }
    return text;
  }

  /** {@code conn_col_default.arg.text}: the reflected default's text, or null. */
  static String reflectedText(ServerDefault connDefault) {
    return connDefault == null ? null : ((TextServerDefault) connDefault).text();
  }

  /** {@code SQLiteImpl.compare_server_default}: whether the two differ once quotes are ignored. */
  static boolean differ(String renderedMetadata, String renderedReflected) {
    String m = renderedMetadata;
    if (m != null) {
      m = OUTER_PARENS.matcher(m).replaceFirst("$1");
      m = OUTER_QUOTES.matcher(m).replaceFirst("$1");
    }
    String r = renderedReflected;
    if (r != null) {
      r = OUTER_QUOTES.matcher(r).replaceFirst("$1");
    }
    return !java.util.Objects.equals(m, r);
  }
}
