package migrationtutor.engine.stdlib;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyInt;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyTuple;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pyeval.Signature;

/**
 * The standard-library and common third-party modules that look at the world — {@code os}, {@code
 * sys}, {@code logging}, {@code logging.config}, {@code pathlib}, {@code dotenv} — answering from a
 * {@link PythonHost} instead of the real machine.
 */
public final class SandboxModules {
  private final PythonHost host;

  public SandboxModules(PythonHost host) {
    this.host = host;
  }

  /** The module of that name, if this class provides it. */
  public Optional<PyModule> module(String name) {
    return Optional.ofNullable(
        switch (name) {
          case "os" -> OsModule.os(host);
          case "os.path" -> OsModule.path(host);
          case "sys" -> sys();
          case "logging" -> logging();
          case "logging.config" -> loggingConfig();
          case "pathlib" -> pathlib();
          case "dotenv" -> dotenv();
          default -> null;
        });
  }

  private PyModule sys() {
    PyModule m = new PyModule("sys");
    m.put("path", host.sysPath());
    m.put("argv", new migrationtutor.engine.pyeval.PyList(List.of(new PyStr("alembic"))));
    m.put(
        "version_info",
        new PyTuple(
            List.of(PyInt.of(3), PyInt.of(11), PyInt.of(2), new PyStr("final"), PyInt.of(0))));
    m.put("version", new PyStr("3.11.2"));
    m.put("platform", new PyStr("linux"));
    m.put("modules", new PyDict(java.util.Map.of()));
    return m;
  }

  private PyModule logging() {
    PyModule m = new PyModule("logging");
    m.put(
        "getLogger",
        NativeFunction.of(
            Signature.parse("getLogger(name=None)"),
            b -> {
              String name = StdlibFunctions.optionalStr(b.get("name"), "getLogger");
              return new LoggerValue(name == null ? "root" : name, host);
            }));
    for (String level : new String[] {"DEBUG", "INFO", "WARNING", "WARN", "ERROR", "CRITICAL"}) {
      m.put(
          level,
          PyInt.of(
              switch (level) {
                case "DEBUG" -> 10;
                case "INFO" -> 20;
                case "WARNING", "WARN" -> 30;
                case "ERROR" -> 40;
                default -> 50;
              }));
    }
    m.put("basicConfig", NativeFunction.of("basicConfig", (Args a) -> PyNone.NONE));
    return m;
  }

  private PyModule loggingConfig() {
    PyModule m = new PyModule("logging.config");
    m.put(
        "fileConfig",
        NativeFunction.of(
            Signature.parse(
                "fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None)"),
            b -> {
              String fname = StdlibFunctions.strArg(OsModule.fspath(b.get("fname")), "fileConfig");
              host.fileConfig(host.workingDir().resolve(fname).normalize());
              return PyNone.NONE;
            }));
    return m;
  }

  private PyModule pathlib() {
    PyModule m = new PyModule("pathlib");
    NativeFunction path =
        NativeFunction.of(
            "Path",
            (Args a) -> {
              List<String> parts = OsModule.strings(a.positional(), "Path");
              String joined = parts.isEmpty() ? "." : String.join("/", parts).replaceAll("/+", "/");
              return new PathValue(joined, host);
            });
    m.put("Path", path);
    m.put("PosixPath", path);
    m.put("PurePath", path);
    return m;
  }

  private PyModule dotenv() {
    PyModule m = new PyModule("dotenv");
    m.put(
        "load_dotenv",
        NativeFunction.of(
            Signature.parse(
                "load_dotenv(dotenv_path=None,"
                    + " stream=None, verbose=False, override=False, interpolate=True, encoding='utf-8')"),
            b -> DotEnv.load(host, pathOrNull(b.get("dotenv_path")), b.get("override").truthy())));
    m.put(
        "find_dotenv",
        NativeFunction.of(
            Signature.parse(
                "find_dotenv(filename='.env'," + " raise_error_if_not_found=False, usecwd=False)"),
            b ->
                new PyStr(
                    DotEnv.find(host, StdlibFunctions.strArg(b.get("filename"), "find_dotenv"))
                        .map(Path::toString)
                        .orElse(""))));
    m.put(
        "dotenv_values",
        NativeFunction.of(
            Signature.parse(
                "dotenv_values(dotenv_path=None,"
                    + " stream=None, verbose=False, interpolate=True, encoding='utf-8')"),
            b -> DotEnv.values(host, pathOrNull(b.get("dotenv_path")))));
    return m;
  }

  private static String pathOrNull(PyValue v) {
    return v == PyNone.NONE ? null : StdlibFunctions.strArg(OsModule.fspath(v), "load_dotenv");
  }
}
