package migrationtutor.engine.stdlib;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyBool;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyTuple;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pyeval.Signature;

/**
 * {@code os} and {@code os.path} for env.py and application modules: environment variables and path
 * arithmetic. Queries about files answer only inside the sandbox root.
 */
final class OsModule {
  private OsModule() {}

  static PyModule os(PythonHost host) {
    PyModule os = new PyModule("os");
    os.put("environ", host.environ());
    os.put(
        "getenv",
        NativeFunction.of(
            Signature.parse("getenv(key, default=None)"),
            b -> {
              PyValue v =
                  host.environ()
                      .entries()
                      .get(new PyStr(StdlibFunctions.strArg(b.get("key"), "getenv")));
              return v == null ? b.get("default") : v;
            }));
    os.put(
        "getcwd", NativeFunction.of("getcwd", (Args a) -> new PyStr(host.workingDir().toString())));
    os.put("sep", new PyStr("/"));
    os.put("pathsep", new PyStr(":"));
    os.put("linesep", new PyStr("\n"));
    os.put("name", new PyStr("posix"));
    os.put("path", path(host));
    return os;
  }

  static PyModule path(PythonHost host) {
    PyModule p = new PyModule("os.path");
    p.put(
        "join",
        NativeFunction.of(
            "join",
            (Args a) -> {
              String result = "";
              for (PyValue part : a.positional()) {
                String s = StdlibFunctions.strArg(fspath(part), "join");
                result =
                    s.startsWith("/") || result.isEmpty()
                        ? s
                        : result.endsWith("/") ? result + s : result + "/" + s;
              }
              return new PyStr(result);
            }));
    p.put(
        "dirname",
        unary(
            "dirname",
            s -> {
              int i = s.lastIndexOf('/');
              String head = i < 0 ? "" : s.substring(0, i + 1);
              return head.matches("/+") ? head : head.replaceAll("/+$", "");
            }));
    p.put("basename", unary("basename", s -> s.substring(s.lastIndexOf('/') + 1)));
    p.put("abspath", unary("abspath", s -> host.workingDir().resolve(s).normalize().toString()));
    p.put("realpath", unary("realpath", s -> host.workingDir().resolve(s).normalize().toString()));
    p.put("normpath", unary("normpath", s -> Path.of(s).normalize().toString()));
    p.put("expanduser", unary("expanduser", s -> s));
    p.put(
        "splitext",
        NativeFunction.of(
            Signature.parse("splitext(p)"),
            b -> {
              String s = StdlibFunctions.strArg(fspath(b.get("p")), "splitext");
              int slash = s.lastIndexOf('/');
              int dot = s.lastIndexOf('.');
              if (dot <= slash + 1) {
                return new PyTuple(List.of(new PyStr(s), new PyStr("")));
              }
              return new PyTuple(
                  List.of(new PyStr(s.substring(0, dot)), new PyStr(s.substring(dot))));
            }));
    p.put("exists", test("exists", host, Files::exists));
    p.put("isfile", test("isfile", host, Files::isRegularFile));
    p.put("isdir", test("isdir", host, Files::isDirectory));
    p.put("sep", new PyStr("/"));
    return p;
  }

  interface PathTest {
    boolean test(Path p);
  }

  private static NativeFunction test(String name, PythonHost host, PathTest test) {
    return NativeFunction.of(
        Signature.parse(name + "(path)"),
        b -> {
          Path p =
              host.workingDir()
                  .resolve(StdlibFunctions.strArg(fspath(b.get("path")), name))
                  .normalize();
          return PyBool.of(p.startsWith(host.root()) && test.test(p));
        });
  }

  private static NativeFunction unary(String name, java.util.function.UnaryOperator<String> f) {
    return NativeFunction.of(
        Signature.parse(name + "(p)"),
        b -> new PyStr(f.apply(StdlibFunctions.strArg(fspath(b.get("p")), name))));
  }

  /** os.fspath(): str as is, a pathlib.Path as its string. */
  static PyValue fspath(PyValue v) {
    if (v instanceof PathValue p) {
      return new PyStr(p.path());
    }
    if (v == PyNone.NONE) {
      throw PyException.typeError("expected str, bytes or os.PathLike object, not NoneType");
    }
    return v;
  }

  static List<String> strings(List<PyValue> values, String function) {
    List<String> out = new ArrayList<>();
    for (PyValue v : values) {
      out.add(StdlibFunctions.strArg(fspath(v), function));
    }
    return out;
  }
}
