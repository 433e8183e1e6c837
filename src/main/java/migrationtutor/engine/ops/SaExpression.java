package migrationtutor.engine.ops;

import migrationtutor.engine.ddl.DmlStrings;
import migrationtutor.engine.ddl.SqlExpression;
import migrationtutor.engine.ddl.SqlOperator;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyValue;

/**
 * A SQL expression a script built: {@code t.c.x == 5}, {@code sa.and_(...)}, {@code t.c.price * 2},
 * {@code sa.case(...)}. It can be combined further and used in {@code .where()} and {@code
 * .values()}.
 *
 * @param expression the expression
 */
record SaExpression(SqlExpression expression) implements PyNative {
  @Override
  public String typeName() {
    if (expression instanceof SqlExpression.BooleanList) {
      return "BooleanClauseList";
    } else if (expression instanceof SqlExpression.Unary u) {
      return u.op() == SqlOperator.IS_TRUE || u.op() == SqlOperator.IS_FALSE
          ? "AsBoolean"
          : "UnaryExpression";
    } else if (expression instanceof SqlExpression.Case) {
      return "Case";
    } else if (expression instanceof SqlExpression.Grouping) {
      return "Grouping";
    } else if (expression instanceof SqlExpression.Function) {
      return "Function";
    }
    return "BinaryExpression";
  }

  @Override
  public String repr() {
    return "<sqlalchemy.sql."
        + (expression instanceof SqlExpression.Function ? "functions." : "elements.")
        + typeName()
        + " object>";
  }

  @Override
  public String str() {
    return DmlStrings.of(expression);
  }

  // ClauseElement.__bool__ refuses; BinaryExpression.__bool__ of == and != compares the hashes
  // of the two operands (so `col == col` is True and `col == 1` False).
  @Override
  public boolean truthy() {
    if (expression instanceof SqlExpression.Binary b
        && (b.op() == SqlOperator.EQ || b.op() == SqlOperator.NE)) {
      boolean same = b.left() instanceof SqlExpression.ColumnRef && b.left().equals(b.right());
      return same == (b.op() == SqlOperator.EQ);
    }
    throw PyException.typeError("Boolean value of this clause is not defined");
  }

  @Override
  public PyValue attribute(String name) {
    if (name.equals("type")) {
      return new SaType(expression.type());
    }
    return ExpressionMethods.attribute(expression, name, "an SQL expression");
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    return ExpressionMethods.operator(expression, operator, other, reflected);
  }
}
