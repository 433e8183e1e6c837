package migrationtutor.engine.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.ddl.SqlExpression.Binary;
import migrationtutor.engine.ddl.SqlExpression.Bind;
import migrationtutor.engine.ddl.SqlExpression.BindKind;
import migrationtutor.engine.ddl.SqlExpression.BooleanList;
import migrationtutor.engine.ddl.SqlExpression.ColumnRef;
import migrationtutor.engine.ddl.SqlExpression.Constant;
import migrationtutor.engine.ddl.SqlExpression.Grouping;
import migrationtutor.engine.ddl.SqlExpression.Unary;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.SqlType;

/**
 * Builds {@link SqlExpression}s with SQLAlchemy 1.4's rules ({@code default_comparator.py}, {@code
 * elements.py}): a Python value next to an expression becomes an anonymous bound parameter named
 * after it and typed by {@code coerce_compared_value}; {@code == None} becomes {@code IS NULL};
 * {@code not_()} flips comparisons; each operand is grouped against its operator ({@code
 * self_group}). Operands are either expressions or Python values held as Java values.
 */
public final class SqlExpressions {
  private static final SqlType BOOLEAN = new BooleanType("Boolean");

  private SqlExpressions() {}

  /** {@code t.c.name}: a column of table {@code table} (null for a bare {@code sa.column}). */
  public static SqlExpression column(String table, String name, SqlType type) {
    return new ColumnRef(table, name, type, false);
  }

  /** {@code sa.literal_column(text, type_)}. */
  public static SqlExpression literalColumn(String text, SqlType type) {
    return new ColumnRef(null, text, type == null ? new NullType() : type, true);
  }

  /** {@code op.inline_literal(value, type_)}: the type given, else the value's own. */
  public static SqlExpression inlineLiteral(Object value, SqlType type) {
    return new Bind(
        null, value, type == null ? BindProcessor.inferType(value) : type, BindKind.INLINE);
  }

  /** {@code sa.text(...)} with its bound values, used as a condition or value. */
  public static SqlExpression text(String text, Map<String, Object> values) {
    return new SqlExpression.Text(text, Map.copyOf(values));
  }

  /**
   * A value where SQLAlchemy expects an expression of its own ({@code ExpressionElementRole}: a
   * CASE result, a function argument): None is {@code NULL}, anything else an anonymous parameter
   * of the value's own type named after {@code key} ({@code param} when null).
   */
  public static SqlExpression literal(Object value, String key) {
    if (value instanceof SqlExpression e) {
      return e;
    } else if (value == null) {
      return Constant.NULL;
    }
    return new Bind(key, value, BindProcessor.inferType(value), BindKind.ANONYMOUS);
  }

  /**
   * A comparison ({@code _boolean_compare}): {@code ==}, {@code !=}, {@code <}, {@code <=}, {@code
   * >}, {@code >=}, {@code is_()} and {@code is_not()}. None, True and False compare with IS / IS
   * NOT, except that {@code == True} stays {@code = 1}.
   *
   * @throws PythonException SQLAlchemy's ArgumentError for {@code < None} and the like
   */
  public static SqlExpression compare(SqlExpression left, SqlOperator op, Object right) {
    boolean constant =
        right == null
            || right instanceof Boolean
            || right == Constant.NULL
            || right == Constant.TRUE
            || right == Constant.FALSE;
    if (constant) {
      Constant c = constant(right);
      boolean bool = c != Constant.NULL;
      if ((op == SqlOperator.EQ || op == SqlOperator.NE) && bool) {
        return binary(left, op, c, BOOLEAN);
      } else if (op == SqlOperator.EQ || op == SqlOperator.IS) {
        return binary(left, SqlOperator.IS, c, BOOLEAN);
      } else if (op == SqlOperator.NE || op == SqlOperator.IS_NOT) {
        return binary(left, SqlOperator.IS_NOT, c, BOOLEAN);
      }
      throw new PythonException(
          PythonException.ARGUMENT_ERROR,
          "Only '=', '!=', 'is_()', 'is_not()', 'is_distinct_from()', 'is_not_distinct_from()'"
              + " operators can be used with None/True/False");
    }
    return binary(left, op, operand(left, right), BOOLEAN);
  }

  /**
   * An arithmetic operator ({@code _binary_operate}); {@code +} between strings is {@code ||}.
   *
   * @param reverse whether the Python value was on the left ({@code 2 * t.c.price})
   */
  public static SqlExpression arithmetic(
      SqlExpression expr, SqlOperator op, Object other, boolean reverse) {
    SqlExpression obj = operand(expr, other);
    SqlOperator actual = op;
    if (op == SqlOperator.ADD
        && TypeAffinity.isConcatenable(expr.type())
        && (TypeAffinity.isConcatenable(obj.type()) || obj.type() instanceof NullType)) {
      actual = SqlOperator.CONCAT;
    }
    return reverse
        ? binary(obj, actual, expr, expr.type())
        : binary(expr, actual, obj, expr.type());
  }

  /** {@code -expr}. */
  public static SqlExpression negative(SqlExpression expr) {
    return new Unary(SqlOperator.NEG, selfGroup(expr, SqlOperator.NEG), expr.type());
  }

  /**
   * {@code expr.in_(values)} / {@code not_in}: one expanding parameter typed after the first value.
   */
  public static SqlExpression in(SqlExpression expr, List<Object> values, boolean not) {
    Object first = values.isEmpty() ? null : values.get(0);
    SqlType type = TypeAffinity.coerceComparedValue(expr.type(), first);
    Bind list = new Bind(key(expr), List.copyOf(values), type, BindKind.EXPANDING);
    return binary(expr, not ? SqlOperator.NOT_IN : SqlOperator.IN, list, BOOLEAN);
  }

  /** {@code like}, {@code not_like}, {@code ilike}, {@code not_ilike}. */
  public static SqlExpression like(SqlExpression expr, SqlOperator op, Object pattern) {
    return binary(expr, op, operand(expr, pattern), BOOLEAN);
  }

  /** {@code expr.between(lower, upper)}. */
  public static SqlExpression between(SqlExpression expr, Object lower, Object upper) {
    return binary(
        expr,
        SqlOperator.BETWEEN,
        new SqlExpression.Range(operand(expr, lower), operand(expr, upper)),
        BOOLEAN);
  }

  /** {@code sa.and_(*clauses)}. */
  public static SqlExpression and(List<SqlExpression> clauses) {
    return booleanList(SqlOperator.AND, clauses);
  }

  /** {@code sa.or_(*clauses)}. */
  public static SqlExpression or(List<SqlExpression> clauses) {
    return booleanList(SqlOperator.OR, clauses);
  }

  // BooleanClauseList._construct: one clause stands alone (grouped as a condition), several are
  // each grouped against the operator.
  private static SqlExpression booleanList(SqlOperator op, List<SqlExpression> clauses) {
    if (clauses.size() == 1) {
      return selfGroup(clauses.get(0), SqlOperator.AS_BOOL);
    }
    List<SqlExpression> grouped = new ArrayList<>();
    clauses.forEach(c -> grouped.add(selfGroup(c, op)));
    return new BooleanList(op, grouped);
  }

  /** {@code sa.not_(expr)} / {@code ~expr}: {@code ClauseElement._negate} and its overrides. */
  public static SqlExpression not(SqlExpression expr) {
    if (expr instanceof Binary b && b.op().negation() != null) {
      return new Binary(b.left(), b.op().negation(), b.right(), b.type());
    } else if (expr instanceof Unary u && u.op().negation() != null) {
      return new Unary(u.op().negation(), u.element(), u.type());
    } else if (expr == Constant.TRUE || expr == Constant.FALSE) {
      return expr == Constant.TRUE ? Constant.FALSE : Constant.TRUE;
    } else if (!(expr instanceof Binary || expr instanceof Unary || expr instanceof BooleanList)
        && TypeAffinity.isBoolean(expr.type())) {
      // ColumnElement._negate: a Boolean becomes AsBoolean(is_false), "x = 0" on SQLite.
      return new Unary(SqlOperator.IS_FALSE, expr, BOOLEAN);
    }
    return new Unary(SqlOperator.INV, selfGroup(expr, SqlOperator.INV), BOOLEAN);
  }

  /**
   * {@code sa.case(*whens, value=None, else_=None)}: conditions (or compared values) are grouped,
   * results are literal values of their own type; the CASE has the last result's type.
   *
   * @param whens condition (or compared value) and result, alternately
   */
  public static SqlExpression caseOf(Object value, List<Object> whens, Object elseValue) {
    List<SqlExpression> parts = new ArrayList<>();
    SqlType type = null;
    for (int i = 0; i < whens.size(); i += 2) {
      Object condition = whens.get(i);
      parts.add(value == null ? selfGroup(condition(condition), null) : literal(condition, null));
      SqlExpression result = literal(whens.get(i + 1), null);
      parts.add(result);
      type = result.type();
    }
    return new SqlExpression.Case(
        value == null ? null : literal(value, null),
        parts,
        elseValue == null ? null : literal(elseValue, null),
        type == null ? new NullType() : type);
  }

  /**
   * {@code sa.cast(value, type_)}: a plain value becomes an anonymous parameter of the cast's type
   * (as {@code coercions.expect(..., type_=type)} makes it).
   */
  public static SqlExpression cast(Object value, SqlType type) {
    SqlExpression element =
        value instanceof SqlExpression e
            ? e
            : new SqlExpression.Bind(null, value, type, SqlExpression.BindKind.ANONYMOUS);
    return new SqlExpression.Cast(element, type);
  }

  /** {@code sa.func.name(*args)}: values become parameters named after the function. */
  public static SqlExpression function(String name, List<Object> arguments) {
    List<SqlExpression> args = new ArrayList<>();
    arguments.forEach(a -> args.add(selfGroup(literal(a, name), SqlOperator.COMMA)));
    return new SqlExpression.Function(name, args, new NullType());
  }

  /** A WHERE condition: a Python bool is {@code sa.true()}/{@code sa.false()}. */
  public static SqlExpression condition(Object c) {
    if (c instanceof SqlExpression e) {
      return e;
    } else if (c instanceof Boolean b) {
      return b ? Constant.TRUE : Constant.FALSE;
    }
    throw new PythonException(
        PythonException.ARGUMENT_ERROR,
        "SQL expression for WHERE/HAVING role expected, got " + PythonRepr.repr(c) + ".");
  }

  private static Constant constant(Object value) {
    if (value == null || value == Constant.NULL) {
      return Constant.NULL;
    }
    return Boolean.TRUE.equals(value) || value == Constant.TRUE ? Constant.TRUE : Constant.FALSE;
  }

  private static Binary binary(
      SqlExpression left, SqlOperator op, SqlExpression right, SqlType type) {
    return new Binary(selfGroup(left, op), op, selfGroup(right, op), type);
  }

  // coercions.expect(roles.BinaryElementRole, obj, expr=expr): expr._bind_param(op, obj).
  private static SqlExpression operand(SqlExpression expr, Object other) {
    if (other instanceof SqlExpression e) {
      return e;
    }
    return new Bind(
        key(expr), other, TypeAffinity.coerceComparedValue(expr.type(), other), BindKind.ANONYMOUS);
  }

  // The name _bind_param gives: a column's key, a function's name, else None ("param").
  private static String key(SqlExpression expr) {
    if (expr instanceof ColumnRef c) {
      return c.name();
    } else if (expr instanceof SqlExpression.Function f) {
      return f.name();
    }
    return null;
  }

  /**
   * {@code element.self_group(against)}: parentheses where the operator binds less tightly than
   * {@code against} (null: a context of its own, such as a SET value or a CASE condition); a
   * Boolean column or constant in a condition becomes {@code x = 1}.
   */
  public static SqlExpression selfGroup(SqlExpression e, SqlOperator against) {
    if (e instanceof Binary b) {
      return b.op().isPrecedent(against) ? new Grouping(e) : e;
    } else if (e instanceof Unary u) {
      return u.op().isPrecedent(against) ? new Grouping(e) : e;
    } else if (e instanceof BooleanList l) {
      return !l.clauses().isEmpty() && l.op().isPrecedent(against) ? new Grouping(e) : e;
    } else if ((e instanceof ColumnRef || e instanceof Constant || e instanceof Bind)
        && (against == SqlOperator.AND
            || against == SqlOperator.OR
            || against == SqlOperator.AS_BOOL)
        && TypeAffinity.isBoolean(e.type())) {
      return new Unary(SqlOperator.IS_TRUE, e, BOOLEAN);
    }
    return e;
  }
}
