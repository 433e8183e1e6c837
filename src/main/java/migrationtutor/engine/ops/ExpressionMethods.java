package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.ddl.SqlExpression;
import migrationtutor.engine.ddl.SqlExpressions;
import migrationtutor.engine.ddl.SqlOperator;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyValue;

/**
 * What every SQL expression value of a script shares ({@code ColumnOperators}): Python operators
 * ({@code ==}, {@code <}, {@code +}, {@code &}, {@code ~}, ...) and the methods {@code is_()},
 * {@code is_not()}, {@code in_()}, {@code not_in()}, {@code like()}, {@code ilike()}, {@code
 * between()} and {@code concat()}, with their 1.4 aliases ({@code isnot}, {@code notin_}, {@code
 * notlike}). Other column methods raise a clear error.
 */
final class ExpressionMethods {
  private ExpressionMethods() {}

  /**
   * A Python operator with the expression on one side; null when Python would find none.
   *
   * @param reflected whether the expression is the right operand: {@code 5 < t.c.x} is {@code t.c.x
   *     > 5}, {@code 2 * t.c.x} stays in that order
   */
  static PyValue operator(SqlExpression self, String op, PyValue other, boolean reflected) {
    return HostErrors.translating(() -> operate(self, op, other, reflected));
  }

  private static PyValue operate(SqlExpression self, String op, PyValue other, boolean reflected) {
    SqlExpression result =
        switch (op) {
          case "==" -> compare(self, SqlOperator.EQ, other);
          case "!=" -> compare(self, SqlOperator.NE, other);
          case "<" -> compare(self, reflected ? SqlOperator.GT : SqlOperator.LT, other);
          case "<=" -> compare(self, reflected ? SqlOperator.GE : SqlOperator.LE, other);
          case ">" -> compare(self, reflected ? SqlOperator.LT : SqlOperator.GT, other);
          case ">=" -> compare(self, reflected ? SqlOperator.LE : SqlOperator.GE, other);
          case "+" -> arithmetic(self, SqlOperator.ADD, other, reflected);
          case "-" -> arithmetic(self, SqlOperator.SUB, other, reflected);
          case "*" -> arithmetic(self, SqlOperator.MUL, other, reflected);
          case "/" -> arithmetic(self, SqlOperator.DIV, other, reflected);
          case "%" -> arithmetic(self, SqlOperator.MOD, other, reflected);
          case "&" -> bool(SqlOperator.AND, self, other, reflected);
          case "|" -> bool(SqlOperator.OR, self, other, reflected);
          case "-x" -> SqlExpressions.negative(self);
          case "~x" -> SqlExpressions.not(self);
          default -> null;
        };
    return result == null ? null : new SaExpression(result);
  }

  /** A method of an expression, or null when it has none; {@code display} names it in errors. */
  static PyValue attribute(SqlExpression self, String name, String display) {
    switch (name) {
      case "is_":
        return method("is_(other)", b -> compare(self, SqlOperator.IS, b.get("other")));
      case "is_not":
      case "isnot":
        return method(name + "(other)", b -> compare(self, SqlOperator.IS_NOT, b.get("other")));
      case "in_":
        return method("in_(other)", b -> in(self, b.get("other"), false, display));
      case "not_in":
      case "notin_":
        return method(name + "(other)", b -> in(self, b.get("other"), true, display));
      case "like":
        return like(self, name, SqlOperator.LIKE, display);
      case "not_like":
      case "notlike":
        return like(self, name, SqlOperator.NOT_LIKE, display);
      case "ilike":
        return like(self, name, SqlOperator.ILIKE, display);
      case "not_ilike":
      case "notilike":
        return like(self, name, SqlOperator.NOT_ILIKE, display);
      case "between":
        return method(
            "between(cleft, cright, symmetric=False)",
            b -> {
              if (b.get("symmetric").truthy()) {
                throw PyArgs.unsupported(
                    display + ".between(..., symmetric=True)",
                    "write the two comparisons with sa.and_()");
              }
              return SqlExpressions.between(
                  self,
                  SqlOperands.operand(b.get("cleft"), display + ".between()"),
                  SqlOperands.operand(b.get("cright"), display + ".between()"));
            });
      case "cast":
        return method(
            "cast(type_)",
            b ->
                SqlExpressions.cast(
                    self, ExpressionFunctions.castType(b.get("type_"), display + ".cast()")));
      case "concat":
        return method(
            "concat(other)", b -> arithmetic(self, SqlOperator.CONCAT, b.get("other"), false));
      default:
        return NotYet.COLUMN_METHODS.contains(name) ? NotYet.method(display + "." + name) : null;
    }
  }

  private static PyValue method(
      String spec,
      java.util.function.Function<migrationtutor.engine.pyeval.BoundArgs, SqlExpression> body) {
    return Natives.function(spec, b -> new SaExpression(body.apply(b)));
  }

  private static PyValue like(SqlExpression self, String name, SqlOperator op, String display) {
    return method(
        name + "(other, escape=None)",
        b -> {
          if (b.get("escape") != PyNone.NONE) {
            throw PyArgs.unsupported(
                display + "." + name + "(..., escape=...)",
                "write the condition as sa.text(\"... LIKE '...' ESCAPE '...'\")");
          }
          return SqlExpressions.like(
              self, op, SqlOperands.operand(b.get("other"), display + "." + name + "()"));
        });
  }

  private static SqlExpression compare(SqlExpression self, SqlOperator op, PyValue other) {
    return SqlExpressions.compare(self, op, SqlOperands.operand(other, "a comparison"));
  }

  private static SqlExpression arithmetic(
      SqlExpression self, SqlOperator op, PyValue other, boolean reflected) {
    return SqlExpressions.arithmetic(
        self, op, SqlOperands.operand(other, "an SQL expression"), reflected);
  }

  private static SqlExpression bool(
      SqlOperator op, SqlExpression self, PyValue other, boolean reflected) {
    SqlExpression o =
        SqlOperands.condition(other, op == SqlOperator.AND ? "sa.and_()" : "sa.or_()");
    List<SqlExpression> both = reflected ? List.of(o, self) : List.of(self, o);
    return op == SqlOperator.AND ? SqlExpressions.and(both) : SqlExpressions.or(both);
  }

  // in_() takes a list of literal values (an expanding parameter); columns or a select are not
  // modelled.
  private static SqlExpression in(SqlExpression self, PyValue other, boolean not, String display) {
    String construct = display + (not ? ".not_in()" : ".in_()");
    List<Object> values = new ArrayList<>();
    for (PyValue v : PyArgs.items(other)) {
      if (SqlOperands.expression(v) != null) {
        throw PyArgs.unsupported(
            construct + " with SQL expressions in the list",
            "compare with each expression and combine with sa.or_()");
      }
      values.add(PyArgs.python(v, construct));
    }
    return SqlExpressions.in(self, values, not);
  }
}
