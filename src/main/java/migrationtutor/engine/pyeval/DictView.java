package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** {@code dict.keys()}, {@code values()} and {@code items()}: live views of a dict. */
final class DictView implements PyNative {
  private final PyDict dict;
  private final String kind;

  DictView(PyDict dict, String kind) {
    this.dict = dict;
    this.kind = kind;
  }

  private List<PyValue> snapshot() {
    List<PyValue> out = new ArrayList<>(dict.entries().size());
    for (Map.Entry<PyValue, PyValue> e : dict.entries().entrySet()) {
      out.add(
          switch (kind) {
            case "keys" -> e.getKey();
            case "values" -> e.getValue();
            default -> new PyTuple(List.of(e.getKey(), e.getValue()));
          });
    }
    return out;
  }

  @Override
  public String typeName() {
    return "dict_" + kind;
  }

  @Override
  public boolean truthy() {
    return !dict.entries().isEmpty();
  }

  @Override
  public String repr() {
    return typeName() + "(" + new PyList(snapshot()).repr() + ")";
  }

  @Override
  public int length() {
    return dict.entries().size();
  }

  @Override
  public Iterator<PyValue> iterate() {
    return snapshot().iterator();
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    if (operator.equals("in") && reflected) {
      if (kind.equals("keys")) {
        return PyBool.of(dict.entries().containsKey(Values.dictKey(dict.entries(), other)));
      }
      return PyBool.of(Values.containsEq(snapshot(), other));
    }
    return null;
  }
}
