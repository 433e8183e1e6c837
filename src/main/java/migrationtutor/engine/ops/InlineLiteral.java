package migrationtutor.engine.ops;

import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyValue;

/**
 * {@code op.inline_literal(value)}: a value to render inline in an INSERT or UPDATE. In {@code
 * op.bulk_insert} rows it stands for its value.
 *
 * @param value the value
 */
record InlineLiteral(PyValue value) implements PyNative {
  @Override
  public String typeName() {
    return "_literal_bindparam";
  }

  @Override
  public String repr() {
    return "_literal_bindparam(None, " + value.repr() + ")";
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    throw NotYet.error("an SQL expression with op.inline_literal()");
  }
}
