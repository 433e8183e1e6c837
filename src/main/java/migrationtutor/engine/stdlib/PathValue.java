package migrationtutor.engine.stdlib;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyBool;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyTuple;
import migrationtutor.engine.pyeval.PyValue;

/** A {@code pathlib.Path}: path arithmetic, and existence checks confined to the sandbox. */
record PathValue(String path, PythonHost host) implements PyNative {
  @Override
  public String typeName() {
    return "PosixPath";
  }

  @Override
  public String str() {
    return path;
  }

  @Override
  public String repr() {
    return "PosixPath('" + path + "')";
  }

  private Path resolved() {
    return host.workingDir().resolve(path).normalize();
  }

  @Override
  public PyValue attribute(String name) {
    Path p = Path.of(path);
    return switch (name) {
      case "parent" ->
          with(
              p.getParent() == null
                  ? (path.startsWith("/") ? "/" : ".")
                  : p.getParent().toString());
      case "parents" -> parents();
      case "name" -> new PyStr(p.getFileName() == null ? "" : p.getFileName().toString());
      case "stem" -> new PyStr(stem());
      case "suffix" ->
          new PyStr(
              p.getFileName() == null ? "" : p.getFileName().toString().substring(stem().length()));
      case "resolve", "absolute" ->
          NativeFunction.of(name, (Args a) -> with(resolved().toString()));
      case "exists" -> check(name, Files::exists);
      case "is_file" -> check(name, Files::isRegularFile);
      case "is_dir" -> check(name, Files::isDirectory);
      case "joinpath" ->
          NativeFunction.of(
              name,
              (Args a) -> {
                PathValue out = this;
                for (PyValue part : a.positional()) {
                  out = out.join(part);
                }
                return out;
              });
      case "as_posix", "__fspath__" -> NativeFunction.of(name, (Args a) -> new PyStr(path));
      default -> null;
    };
  }

  private String stem() {
    Path f = Path.of(path).getFileName();
    if (f == null) {
      return "";
    }
    String n = f.toString();
    int dot = n.lastIndexOf('.');
    return dot <= 0 ? n : n.substring(0, dot);
  }

  private PyValue parents() {
    java.util.ArrayList<PyValue> out = new java.util.ArrayList<>();
    Path p = Path.of(path).getParent();
    while (p != null) {
      out.add(with(p.toString()));
      p = p.getParent();
    }
    return new PyTuple(List.copyOf(out));
  }

  private NativeFunction check(String name, OsModule.PathTest test) {
    return NativeFunction.of(
        name,
        (Args a) -> {
          Path p = resolved();
          return PyBool.of(p.startsWith(host.root()) && test.test(p));
        });
  }

  private PathValue with(String p) {
    return new PathValue(p, host);
  }

  PathValue join(PyValue part) {
    String s = StdlibFunctions.strArg(OsModule.fspath(part), "joinpath");
    return with(s.startsWith("/") ? s : (path.endsWith("/") ? path + s : path + "/" + s));
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    if (!operator.equals("/")) {
      return null;
    }
    if (reflected) {
      return new PathValue(StdlibFunctions.strArg(other, "/"), host).join(new PyStr(path));
    }
    return join(other);
  }
}
