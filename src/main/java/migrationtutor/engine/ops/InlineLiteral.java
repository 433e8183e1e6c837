package migrationtutor.engine.ops;

import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.SqlType;

/**
 * {@code op.inline_literal(value)}: a value to render inline in an INSERT or UPDATE. In {@code
 * op.bulk_insert} rows it stands for its value.
 *
 * @param value the value
 * @param type the {@code type_} given, or null for the value's own type
 */
record InlineLiteral(PyValue value, SqlType type) implements PyNative {
  @Override
  public String typeName() {
    return "_literal_bindparam";
  }

  @Override
  public String repr() {
    return "_literal_bindparam(None, " + value.repr() + ")";
  }

  // str() compiles it alone: the literal as the default dialect renders it ('x', 5).
  @Override
  public String str() {
    return migrationtutor.engine.ddl.DmlStrings.of(SqlOperands.expression(this));
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    return ExpressionMethods.operator(SqlOperands.expression(this), operator, other, reflected);
  }
}
