package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.pyeval.EvalPolicy;
import migrationtutor.engine.pyeval.Interpreter;
import migrationtutor.engine.pyeval.ModuleLoader;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pysrc.PyParser;
import migrationtutor.engine.pysrc.Stmt;
import migrationtutor.engine.schema.PythonWarning;

/** Test helper: evaluates snippets that import {@code sqlalchemy as sa} (and enum, sqlite). */
final class Snippets {
  static final String PRELUDE =
      "import enum\nimport sqlalchemy as sa\n"
          + "from sqlalchemy.dialects import sqlite, postgresql\n";

  final List<PythonWarning> warnings = new ArrayList<>();
  final SqlAlchemyModules sa = SqlAlchemyModules.create(warnings::add);
  final Interpreter py;

  Snippets() {
    this(ModuleLoader.NONE);
  }

  Snippets(ModuleLoader more) {
    py =
        Interpreter.builder()
            .policy(EvalPolicy.tolerant())
            .loader(sa.loader(TestModules.loader(more)))
            .build();
  }

  /** Runs statements after the prelude; returns the namespace. */
  PyModule run(String source) {
    return py.execute(PyParser.parse(PRELUDE + source + "\n", "snippet.py"), "snippet");
  }

  /** The value of the last line, an expression, after the lines before it. */
  PyValue eval(String source) {
    String[] lines = source.strip().split("\n");
    PyModule ns = run(String.join("\n", java.util.Arrays.copyOf(lines, lines.length - 1)));
    Stmt.ExprStmt e =
        (Stmt.ExprStmt) PyParser.parse(lines[lines.length - 1] + "\n", "e.py").body().get(0);
    return py.evaluate(e.value(), ns);
  }

  /** repr() of {@link #eval}. */
  String repr(String source) {
    return eval(source).repr();
  }

  /** The exception line of what the snippet raises. */
  String error(String source) {
    try {
      eval(source);
    } catch (PyException e) {
      return e.exceptionLine();
    }
    throw new AssertionError("no exception from: " + source);
  }
}
