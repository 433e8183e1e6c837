package migrationtutor.engine.env;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import migrationtutor.engine.EngineError;
import migrationtutor.engine.command.CommandContext;
import migrationtutor.engine.config.AlembicConfig;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.HostError;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pyeval.Signature;

/**
 * {@code context.config} in env.py: Alembic's {@code Config} object over the run's alembic.ini,
 * where {@code set_main_option} changes what the rest of the run sees (the database URL above all).
 */
final class ConfigValue implements PyNative {
  private final CommandContext ctx;
  private final PyDict attributes = new PyDict(Map.of());

  ConfigValue(CommandContext ctx) {
    this.ctx = ctx;
  }

  private AlembicConfig config() {
    return ctx.config();
  }

  @Override
  public String typeName() {
    return "Config";
  }

  @Override
  public String repr() {
    return "<alembic.config.Config object>";
  }

  @Override
  public PyValue attribute(String name) {
    return switch (name) {
      case "config_file_name" -> new PyStr(config().configFileName());
      case "config_ini_section" -> new PyStr(config().iniSection());
      case "attributes" -> attributes;
      case "cmd_opts" -> new CmdOpts(config().xArguments());
      case "get_main_option" ->
          fn(
              "get_main_option(name, default=None)",
              b ->
                  orDefault(host(() -> config().mainOption(str(b.get("name")))), b.get("default")));
      case "get_section_option" ->
          fn(
              "get_section_option(section, name, default=None)",
              b ->
                  orDefault(
                      host(() -> config().sectionOption(str(b.get("section")), str(b.get("name")))),
                      b.get("default")));
      case "get_section" ->
          fn(
              "get_section(name, default=None)",
              b -> {
                Optional<Map<String, String>> s = host(() -> config().section(str(b.get("name"))));
                return s.isEmpty() ? b.get("default") : dict(s.get());
              });
      case "set_main_option" ->
          fn(
              "set_main_option(name, value)",
              b -> {
                host(
                    () -> {
                      config().setMainOption(str(b.get("name")), str(b.get("value")));
                      return null;
                    });
                return PyNone.NONE;
              });
      case "set_section_option" ->
          fn(
              "set_section_option(section, name, value)",
              b -> {
                host(
                    () -> {
                      config()
                          .file()
                          .set(str(b.get("section")), str(b.get("name")), str(b.get("value")));
                      return null;
                    });
                return PyNone.NONE;
              });
      case "print_stdout" ->
          NativeFunction.of(
              "print_stdout",
              (Args a) -> {
                if (!a.positional().isEmpty()) {
                  String text = a.positional().get(0).str();
                  List<PyValue> rest = a.positional().subList(1, a.positional().size());
                  ctx.printStdout(
                      rest.isEmpty()
                          ? text
                          : migrationtutor.engine.stdlib.Percent.format(text, rest));
                }
                return PyNone.NONE;
              });
      default -> null;
    };
  }

  private static NativeFunction fn(
      String signature,
      java.util.function.Function<migrationtutor.engine.pyeval.BoundArgs, PyValue> body) {
    return NativeFunction.of(Signature.parse(signature), body);
  }

  private static String str(PyValue v) {
    if (v instanceof PyStr s) {
      return s.value();
    }
    throw migrationtutor.engine.pyeval.PyException.typeError("expected str, got " + v.typeName());
  }

  private static PyValue orDefault(Optional<String> v, PyValue dflt) {
    return v.<PyValue>map(PyStr::new).orElse(dflt);
  }

  private static PyDict dict(Map<String, String> values) {
    Map<PyValue, PyValue> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(new PyStr(k), new PyStr(v)));
    return new PyDict(out);
  }

  /** Runs config access whose engine errors (e.g. FAILED: No config file) must leave as is. */
  static <T> T host(java.util.function.Supplier<T> body) {
    try {
      return body.get();
    } catch (EngineError e) {
      throw new HostError(e);
    }
  }

  /** {@code config.cmd_opts}: the parsed command line, of which env.py reads {@code x}. */
  private record CmdOpts(List<String> x) implements PyNative {
    @Override
    public String typeName() {
      return "Namespace";
    }

    @Override
    public PyValue attribute(String name) {
      if (name.equals("x")) {
        return x.isEmpty() ? PyNone.NONE : new PyList(x.stream().<PyValue>map(PyStr::new).toList());
      }
      return PyNone.NONE;
    }
  }
}
