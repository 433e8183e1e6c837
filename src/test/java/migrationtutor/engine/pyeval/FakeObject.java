package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test stand-in for a SQLAlchemy object: remembers how it was made and prints as that call. Any
 * attribute is another FakeObject, and calling one makes another; operators build expression
 * objects, as {@code t.c.x == 5} does in SQLAlchemy.
 */
final class FakeObject implements PyNative {
  private final String text;

  FakeObject(String text) {
    this.text = text;
  }

  static FakeObject call(String name, Args args) {
    return new FakeObject(name + "(" + render(args) + ")");
  }

  static String render(Args args) {
    List<String> parts = new ArrayList<>();
    for (PyValue v : args.positional()) {
      parts.add(v.repr());
    }
    for (Map.Entry<String, PyValue> kw : args.keywords().entrySet()) {
      parts.add(kw.getKey() + "=" + kw.getValue().repr());
    }
    return String.join(", ", parts);
  }

  @Override
  public String typeName() {
    return "FakeObject";
  }

  @Override
  public String repr() {
    return text;
  }

  @Override
  public PyValue attribute(String name) {
    if (name.startsWith("__")) {
      return null;
    }
    return new FakeObject(text + "." + name);
  }

  @Override
  public PyValue call(Args args) {
    return call(text, args);
  }

  @Override
  public PyValue item(PyValue key) {
    return new FakeObject(text + "[" + key.repr() + "]");
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    if (operator.equals("in")) {
      return null;
    }
    return new FakeObject(
        reflected
            ? "(" + other.repr() + " " + operator + " " + text + ")"
            : "(" + text + " " + operator + " " + other.repr() + ")");
  }
}
