package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.ddl.SqlExpression;
import migrationtutor.engine.ddl.SqlExpressions;
import migrationtutor.engine.pyeval.PyValue;

/**
 * Turns the arguments of SQL expression building into what {@link SqlExpressions} takes: a column,
 * {@code sa.null()}, {@code sa.func.x()}, {@code op.inline_literal()}, {@code sa.text()} or an
 * expression becomes a {@link SqlExpression}; anything else is a Python value (a date or Decimal
 * included), coerced where it is used.
 */
final class SqlOperands {
  private SqlOperands() {}

  /** The expression a value stands for, or null when it is a plain Python value. */
  static SqlExpression expression(PyValue v) {
    if (v instanceof SaExpression e) {
      return e.expression();
    } else if (v instanceof SaColumnClause c) {
      return SqlExpressions.column(c.tableName(), c.name(), c.type());
    } else if (v instanceof SaColumn c && c.name() != null) {
      return SqlExpressions.column(null, c.name(), c.toColumn().type());
    } else if (v instanceof SaSqlElement e) {
      return switch (e.kind()) {
        case TRUE -> SqlExpression.Constant.TRUE;
        case FALSE -> SqlExpression.Constant.FALSE;
        case NULL -> SqlExpression.Constant.NULL;
        case LITERAL_COLUMN -> SqlExpressions.literalColumn(e.text(), e.type());
      };
    } else if (v instanceof SaFunction f && f.isCall()) {
      List<Object> args = new ArrayList<>();
      f.arguments().forEach(a -> args.add(operand(a, "sa.func." + f.name() + "() argument")));
      return SqlExpressions.function(f.name(), args);
    } else if (v instanceof InlineLiteral l) {
      return SqlExpressions.inlineLiteral(
          PyArgs.python(l.value(), "op.inline_literal()"), l.type());
    } else if (v instanceof SaTextClause t) {
      return SqlExpressions.text(t.text(), t.values());
    }
    return null;
  }

  /** An operand: an expression, or the Java form of a Python value. */
  static Object operand(PyValue v, String construct) {
    SqlExpression e = expression(v);
    return e != null ? e : PyArgs.python(v, construct);
  }

  /**
   * A condition ({@code WhereHavingRole}): an expression or a Python bool; anything else is
   * SQLAlchemy's ArgumentError.
   */
  static SqlExpression condition(PyValue v, String construct) {
    SqlExpression e = expression(v);
    if (e != null) {
      return e;
    }
    Object value = PyArgs.python(v, construct);
    if (value instanceof Boolean) {
      return SqlExpressions.condition(value);
    }
    throw SqlAlchemyExc.argumentError(
        "SQL expression for WHERE/HAVING role expected, got " + v.repr() + ".");
  }
}
