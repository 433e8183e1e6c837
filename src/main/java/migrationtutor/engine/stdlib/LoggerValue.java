package migrationtutor.engine.stdlib;

import java.util.List;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;

/** A {@code logging.Logger}: its records go through the engine's log, configured or not. */
record LoggerValue(String name, PythonHost host) implements PyNative {
  @Override
  public String typeName() {
    return "Logger";
  }

  @Override
  public String repr() {
    return "<Logger " + name + ">";
  }

  @Override
  public PyValue attribute(String attr) {
    return switch (attr) {
      case "debug", "info", "warning", "warn", "error", "critical", "exception" ->
          NativeFunction.of(
              attr,
              (Args a) -> {
                log(attr.equals("warn") ? "warning" : attr.equals("exception") ? "error" : attr, a);
                return PyNone.NONE;
              });
      case "setLevel", "addHandler", "removeHandler" ->
          NativeFunction.of(attr, (Args a) -> PyNone.NONE);
      case "name" -> new PyStr(name);
      default -> null;
    };
  }

  private void log(String level, Args a) {
    if (a.positional().isEmpty()) {
      return;
    }
    String message = a.positional().get(0).str();
    List<PyValue> rest = a.positional().subList(1, a.positional().size());
    if (!rest.isEmpty()) {
      message = Percent.format(message, rest);
    }
    host.log(name, level, message);
  }
}
