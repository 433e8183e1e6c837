package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyTuple;
import migrationtutor.engine.pyeval.PyValue;

/**
 * What {@code op.get_bind()} returns: online a {@code Connection} whose {@code execute()} runs a
 * statement, offline the {@code MockConnection} Alembic installs, whose {@code execute()} writes
 * the statement to the script and returns None.
 */
final class Connection implements PyNative {
  private final OpRuntime rt;

  Connection(OpRuntime rt) {
    this.rt = rt;
  }

  @Override
  public String typeName() {
    return rt.offline() ? "MockConnection" : "Connection";
  }

  @Override
  public String repr() {
    return rt.offline()
        ? "<sqlalchemy.engine.mock.MockConnection object>"
        : "<sqlalchemy.engine.base.Connection object>";
  }

  @Override
  public PyValue attribute(String name) {
    switch (name) {
      case "execute":
        return rt.method(
            (rt.offline()
                    ? "MockConnection.execute(self, obj"
                    : "Connection.execute(self, statement")
                + ", *multiparams, **params)",
            this::execute);
      case "dialect":
        return MigrationContext.dialect();
      default:
        return null;
    }
  }

  private PyValue execute(BoundArgs b) {
    PyValue statement = b.get(rt.offline() ? "obj" : "statement");
    List<PyValue> multiparams = PyArgs.items(b.get("multiparams"));
    PyValue params = b.get("params");
    if (rt.offline() || (multiparams.isEmpty() && PyArgs.items(params).isEmpty())) {
      // Offline, MockConnection compiles the statement alone: parameters are not used.
      Operations.execute(rt, statement);
    } else {
      withParameters(statement, multiparams, params);
    }
    return rt.offline() ? PyNone.NONE : new CursorResult();
  }

  // Connection.execute(statement, *multiparams, **params) online, for the forms SQLAlchemy 1.4's
  // _distill_params accepts: one dict, a list of dicts, several dicts, keyword arguments, and for a
  // plain string one tuple of positional values.
  private void withParameters(PyValue statement, List<PyValue> multiparams, PyValue params) {
    String construct = "get_bind().execute() parameters";
    if (statement instanceof PyStr s
        && multiparams.size() == 1
        && (multiparams.get(0) instanceof PyTuple || multiparams.get(0) instanceof PyList)
        && PyArgs.items(multiparams.get(0)).stream().noneMatch(v -> v instanceof PyDict)) {
      List<Object> values = new ArrayList<>();
      PyArgs.items(multiparams.get(0)).forEach(v -> values.add(PyArgs.python(v, construct)));
      rt.impl().executeDriverSql(s.value(), values);
      return;
    }
    if (!(statement instanceof SaTextClause text)) {
      throw PyArgs.unsupported(
          "get_bind().execute() with parameters for " + statement.repr(),
          "execute sa.text(\"... :x ...\") with a dict of values, or bind the values in the"
              + " statement itself");
    }
    List<PyValue> dicts = new ArrayList<>();
    boolean tuple = false;
    if (multiparams.isEmpty()) {
      dicts.add(params);
    } else if (multiparams.size() == 1 && !(multiparams.get(0) instanceof PyDict)) {
      dicts.addAll(PyArgs.items(multiparams.get(0)));
    } else {
      dicts.addAll(multiparams);
      tuple = multiparams.size() > 1;
    }
    List<Map<String, Object>> sets = new ArrayList<>();
    for (PyValue d : dicts) {
      if (!(d instanceof PyDict)) {
        throw PyArgs.unsupported(
            "get_bind().execute() with the parameters " + d.repr(),
            "give a dict, or a list of dicts, of values for the text's :names");
      }
      Map<String, Object> set = new LinkedHashMap<>();
      PyArgs.strDict(d, construct).forEach((k, v) -> set.put(k, PyArgs.python(v, construct)));
      sets.add(set);
    }
    rt.impl().executeText(text.text(), text.values(), sets, tuple);
  }

  /** The result of an online execute: rows are not read back by the tutor. */
  private static final class CursorResult implements PyNative {
    @Override
    public String typeName() {
      return "CursorResult";
    }

    @Override
    public String repr() {
      return "<sqlalchemy.engine.cursor.LegacyCursorResult object>";
    }

    @Override
    public PyValue attribute(String name) {
      if (name.startsWith("__")) {
        return null;
      }
      return NativeFunction.of(
          name,
          a -> {
            throw HostErrors.translate(
                PyArgs.unsupported(
                    "reading the rows of get_bind().execute(...) (." + name + ")",
                    "write the data change as SQL that needs no query results, e.g. UPDATE t SET x"
                        + " = (SELECT ...)"));
          });
    }
  }
}
