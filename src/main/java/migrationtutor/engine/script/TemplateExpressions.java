package migrationtutor.engine.script;

import java.util.List;
import java.util.Map;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.Interpreter;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyTuple;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Module;
import migrationtutor.engine.pysrc.PyParser;
import migrationtutor.engine.pysrc.PySyntaxError;
import migrationtutor.engine.pysrc.Stmt;

/**
 * Evaluates the {@code ${...}} expressions of script.py.mako as Mako does for Alembic: Python
 * expressions over the template arguments, the default {@code str} filter unless {@code n} is
 * given, and names the template was not given being Mako's falsy {@code UNDEFINED}.
 */
public final class TemplateExpressions implements TemplateRenderer.Evaluator {
  private static final String[] KNOWN_ARGUMENTS = {
    "message",
    "up_revision",
    "down_revision",
    "create_date",
    "branch_labels",
    "depends_on",
    "imports",
    "upgrades",
    "downgrades",
    "config"
  };
  private final String templateName;
  private final PyModule namespace;
  private final Interpreter interpreter = Interpreter.builder().build();

  /**
   * @param arguments the template arguments by name
   */
  public TemplateExpressions(String templateName, Map<String, PyValue> arguments) {
    this.templateName = templateName;
    this.namespace = new PyModule("mako_template");
    for (String name : KNOWN_ARGUMENTS) {
      namespace.put(name, Undefined.INSTANCE);
    }
    arguments.forEach(namespace::put);
    namespace.put(
        "comma",
        NativeFunction.of(
            "comma",
            (Args a) ->
                new PyStr(comma(a.positional().isEmpty() ? PyNone.NONE : a.positional().get(0)))));
  }

  /** Alembic's {@code util.format_as_comma}. */
  static String comma(PyValue value) {
    if (value == PyNone.NONE) {
      return "";
    }
    if (value instanceof PyStr s) {
      return s.value();
    }
    List<PyValue> items =
        value instanceof PyTuple t ? t.items() : value instanceof PyList l ? l.items() : null;
    if (items == null) {
      throw PyException.valueError("Don't know how to comma-format " + value.repr());
    }
    return String.join(", ", items.stream().map(PyValue::str).toList());
  }

  @Override
  public String evaluate(String expression, List<String> filters, int line) {
    Expr expr;
    try {
      Module m = PyParser.parse("(" + expression + "\n)", templateName);
      expr = ((Stmt.ExprStmt) m.body().get(0)).value();
    } catch (PySyntaxError | ClassCastException | IndexOutOfBoundsException e) {
      throw new TemplateError(
          templateName, line, "cannot read the expression ${" + expression + "}");
    }
    PyValue value;
    try {
      value = interpreter.evaluate(expr, namespace);
    } catch (PyException e) {
      throw new TemplateError(
          templateName, line, e.pythonType() + ": " + e.getMessage() + " in ${" + expression + "}");
    }
    // Mako applies the default str filter unless 'n' is given; the result is written as str().
    for (String filter : filters) {
      if (filter.equals("n")) {
        continue;
      }
      value = applyFilter(filter, value, line, expression);
    }
    if (value instanceof Undefined) {
      throw new TemplateError(templateName, line, "NameError: Undefined in ${" + expression + "}");
    }
    return value.str();
  }

  private PyValue applyFilter(String filter, PyValue value, int line, String expression) {
    switch (filter) {
      case "str":
        return new PyStr(value.str());
      case "trim":
        return new PyStr(value.str().strip());
      default:
        PyValue f = namespace.get(filter);
        if (f instanceof PyNative n) {
          return n.call(Args.of(value));
        }
        throw new TemplateError(
            templateName, line, "unknown filter '" + filter + "' in ${" + expression + "}");
    }
  }

  /** Mako's {@code UNDEFINED}: falsy, and an error only when rendered. */
  private enum Undefined implements PyNative {
    INSTANCE;

    @Override
    public String typeName() {
      return "Undefined";
    }

    @Override
    public boolean truthy() {
      return false;
    }
  }
}
