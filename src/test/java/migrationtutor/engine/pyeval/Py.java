package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.pysrc.Module;
import migrationtutor.engine.pysrc.PyParser;
import migrationtutor.engine.pysrc.Stmt;

/** Test helper: parses and evaluates snippets with a configurable interpreter. */
final class Py {
  final List<String> printed = new ArrayList<>();
  final Interpreter interpreter;

  Py(Interpreter.Builder builder) {
    this.interpreter = builder.print(printed::add).build();
  }

  /** A tolerant interpreter without modules. */
  static Py tolerant() {
    return new Py(Interpreter.builder());
  }

  static Py with(Limits limits) {
    return new Py(Interpreter.builder().limits(limits));
  }

  static Module parse(String source) {
    return PyParser.parse(source, "test.py");
  }

  /** Runs a module and returns its namespace. */
  PyModule run(String source) {
    return interpreter.execute(parse(source), "test");
  }

  /** Evaluates an expression (after optional setup statements) and returns its repr(). */
  String repr(String expression) {
    return eval(expression).repr();
  }

  PyValue eval(String expression) {
    Module m = parse(expression);
    Stmt.ExprStmt e = (Stmt.ExprStmt) m.body().get(0);
    return interpreter.evaluate(e.value(), new PyModule("test", "test.py"));
  }

  /** Runs setup code, then evaluates the last line's expression. */
  String reprAfter(String source) {
    PyModule ns = run(source + "\n__result__ = None\n");
    String[] lines = source.strip().split("\n");
    Module m = parse(lines[lines.length - 1]);
    return interpreter.evaluate(((Stmt.ExprStmt) m.body().get(0)).value(), ns).repr();
  }

  /** The exception a module raises. */
  PyException error(String source) {
    try {
      run(source);
    } catch (PyException e) {
      return e;
    }
    throw new AssertionError("no exception from: " + source);
  }

  /** {@code Type: message} of the exception a module raises. */
  String errorLine(String source) {
    return error(source).exceptionLine();
  }
}
