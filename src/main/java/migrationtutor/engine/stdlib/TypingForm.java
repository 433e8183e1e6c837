package migrationtutor.engine.stdlib;

import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;

/**
 * A name from {@code typing} or {@code enum} used in annotations or as a base class: it can be
 * subscripted ({@code Optional[str]}) and combined, and means nothing at run time.
 */
record TypingForm(String name) implements PyNative {
  @Override
  public String typeName() {
    return "_SpecialForm";
  }

  @Override
  public String repr() {
    return "typing." + name;
  }

  // The name lets SQLAlchemy's Enum(cls) recognise a class derived from enum.Enum.
  @Override
  public PyValue attribute(String attribute) {
    return attribute.equals("__name__") ? new PyStr(name) : null;
  }

  @Override
  public PyValue item(PyValue key) {
    return new TypingForm(name + "[" + key.repr() + "]");
  }

  @Override
  public PyValue call(Args args) {
    return this;
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    return operator.equals("|") ? new TypingForm(name + " | " + other.repr()) : null;
  }
}
