package migrationtutor.engine.ops;

import java.util.Iterator;
import java.util.List;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyBool;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;

/** A table's {@code .c} / {@code .columns}: its columns by attribute, by key and in order. */
record SaColumnCollection(List<SaColumnClause> columns) implements PyNative {
  private SaColumnClause find(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
  }

  @Override
  public String typeName() {
    return "ImmutableColumnCollection";
  }

  @Override
  public String repr() {
    return "<sqlalchemy.sql.base.ImmutableColumnCollection object>";
  }

  @Override
  public PyValue attribute(String name) {
    if (name.equals("keys")) {
      return NativeFunction.of(
          "keys",
          a -> new PyList(columns.stream().<PyValue>map(c -> new PyStr(c.name())).toList()));
    }
    return find(name);
  }

  @Override
  public PyValue item(PyValue key) {
    SaColumnClause c = key instanceof PyStr s ? find(s.value()) : null;
    if (c == null) {
      throw PyException.keyError(key);
    }
    return c;
  }

  @Override
  public int length() {
    return columns.size();
  }

  @Override
  public Iterator<PyValue> iterate() {
    return columns.stream().<PyValue>map(c -> c).iterator();
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    if (operator.equals("in") && reflected) {
      return PyBool.of(
          other instanceof PyStr s
              ? find(s.value()) != null
              : other instanceof SaColumnClause c && columns.contains(c));
    }
    return null;
  }
}
