package migrationtutor.engine.ddl;

import java.util.List;
import java.util.Map;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.SqlType;

/**
 * A SQL expression of a data migration, as SQLAlchemy 1.4's {@code sqlalchemy.sql.elements} builds
 * it: {@code t.c.priority.is_(None)}, {@code t.c.price * 2}, {@code sa.case(...)}. {@link
 * SqlExpressions} builds them with SQLAlchemy's rules (coercion of Python values, negation,
 * parentheses); {@link DmlStatement}s use them and {@code DmlCompiler} writes their SQL.
 */
public sealed interface SqlExpression {
  /** The SQL type of the expression's value (NullType when unknown). */
  SqlType type();

  /**
   * A column of a table ({@code t.c.x}, rendered {@code t.x}), a column without a table ({@code
   * sa.column('x')}), or a {@code sa.literal_column('text')} (rendered as written).
   *
   * @param table the table name, or null
   * @param name the column name, or the literal text
   * @param type the column's type
   * @param literal whether {@code name} is literal SQL text
   */
  record ColumnRef(String table, String name, SqlType type, boolean literal)
      implements SqlExpression {}

  /**
   * A bound value ({@code BindParameter}).
   *
   * @param key the name the parameter is derived from ({@code id} gives {@code id_1}); null gives
   *     {@code param_1}
   * @param value the Python value (see {@link migrationtutor.engine.schema.PythonRepr}); a list for
   *     {@link BindKind#EXPANDING}
   * @param type the type whose bind and literal processors apply
   * @param kind how the parameter is named and rendered
   */
  record Bind(String key, Object value, SqlType type, BindKind kind) implements SqlExpression {}

  /** How a bound value is named and rendered. */
  enum BindKind {
    /** Unique and anonymous: {@code key_1}, {@code key_2} in the order compiled. */
    ANONYMOUS,
    /** Named exactly {@code key}: the value of a column in INSERT/UPDATE. */
    COLUMN_VALUE,
    /** An IN list: one placeholder per element, {@code __[POSTCOMPILE_key_1]} when named. */
    EXPANDING,
    /** {@code op.inline_literal()}: always rendered as a literal. */
    INLINE
  }

  /**
   * A constant: {@code NULL} ({@code sa.null()}, None), {@code 1}/{@code 0} ({@code sa.true()},
   * {@code sa.false()}: SQLite has no native booleans).
   *
   * @param sql the SQL text
   * @param type Boolean for true/false, NullType for NULL
   */
  record Constant(String sql, SqlType type) implements SqlExpression {
    /** {@code sa.null()}. */
    public static final Constant NULL = new Constant("NULL", new NullType());

    /** {@code sa.true()}. */
    public static final Constant TRUE = new Constant("1", new BooleanType("Boolean"));

    /** {@code sa.false()}. */
    public static final Constant FALSE = new Constant("0", new BooleanType("Boolean"));
  }

  /**
   * {@code sa.text("...")} used as an expression, with the values {@code .bindparams()} gave.
   *
   * @param text the SQL text with {@code :name} parameters
   * @param values the bound values by name
   */
  record Text(String text, Map<String, Object> values) implements SqlExpression {
    @Override
    public SqlType type() {
      return new NullType();
    }
  }

  /**
   * {@code left op right}.
   *
   * @param left the left operand (already grouped against {@code op})
   * @param op the operator
   * @param right the right operand (already grouped against {@code op})
   * @param type the result type
   */
  record Binary(SqlExpression left, SqlOperator op, SqlExpression right, SqlType type)
      implements SqlExpression {}

  /**
   * A unary expression: {@code -x}, {@code NOT x}, or a boolean as a condition ({@code x = 1},
   * {@code x = 0}).
   *
   * @param op {@link SqlOperator#NEG}, {@link SqlOperator#INV}, {@link SqlOperator#IS_TRUE} or
   *     {@link SqlOperator#IS_FALSE}
   * @param element the operand
   * @param type the result type
   */
  record Unary(SqlOperator op, SqlExpression element, SqlType type) implements SqlExpression {}

  /**
   * {@code a AND b AND c} or {@code a OR b}; empty renders as nothing.
   *
   * @param op {@link SqlOperator#AND} or {@link SqlOperator#OR}
   * @param clauses the clauses, each grouped against {@code op}
   */
  record BooleanList(SqlOperator op, List<SqlExpression> clauses) implements SqlExpression {
    @Override
    public SqlType type() {
      return new BooleanType("Boolean");
    }
  }

  /**
   * The two bounds of {@code BETWEEN}: {@code lower AND upper}.
   *
   * @param lower the lower bound
   * @param upper the upper bound
   */
  record Range(SqlExpression lower, SqlExpression upper) implements SqlExpression {
    @Override
    public SqlType type() {
      return lower.type();
    }
  }

  /**
   * An expression in parentheses.
   *
   * @param element the expression
   */
  record Grouping(SqlExpression element) implements SqlExpression {
    @Override
    public SqlType type() {
      return element.type();
    }
  }

  /**
   * {@code CASE [value] WHEN c THEN r ... [ELSE e] END}.
   *
   * @param value the compared value ({@code case(..., value=x)}), or null
   * @param whens the conditions (or compared values), each followed by its result
   * @param elseValue the {@code else_} result, or null
   * @param type the type of the first result
   */
  record Case(SqlExpression value, List<SqlExpression> whens, SqlExpression elseValue, SqlType type)
      implements SqlExpression {}

  /**
   * {@code sa.func.name(arguments)}.
   *
   * @param name the function name as written after {@code sa.func.}
   * @param arguments the arguments
   * @param type the result type
   */
  record Function(String name, List<SqlExpression> arguments, SqlType type)
      implements SqlExpression {}

  /**
   * {@code sa.cast(element, type_)} or {@code element.cast(type_)}: {@code CAST(element AS type)},
   * an expression of that type.
   */
  record Cast(SqlExpression element, SqlType type) implements SqlExpression {}
}
