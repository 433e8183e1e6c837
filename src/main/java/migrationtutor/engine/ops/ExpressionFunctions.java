package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.ddl.SqlExpression;
import migrationtutor.engine.ddl.SqlExpressions;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyTuple;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pyeval.Signature;

/**
 * The {@code sqlalchemy.sql.expression} functions of data migrations: {@code and_}, {@code or_},
 * {@code not_}, {@code case}, {@code literal}, {@code cast}, and {@code insert}/{@code
 * update}/{@code delete} of a table.
 */
final class ExpressionFunctions {
  private static final Signature CASE = Signature.parse("case(*whens, value=None, else_=None)");

  private ExpressionFunctions() {}

  /** Adds the functions to the expression namespace. */
  static void register(Map<String, PyValue> expression) {
    expression.put(
        "and_",
        Natives.function("and_(*clauses)", b -> bool(PyArgs.items(b.get("clauses")), true)));
    expression.put(
        "or_", Natives.function("or_(*clauses)", b -> bool(PyArgs.items(b.get("clauses")), false)));
    expression.put(
        "not_",
        Natives.function(
            "not_(clause)",
            b ->
                new SaExpression(
                    SqlExpressions.not(SqlOperands.condition(b.get("clause"), "sa.not_()")))));
    expression.put("case", Natives.raw("case", ExpressionFunctions::caseOf));
    expression.put(
        "literal",
        Natives.function(
            "literal(value, type_=None)",
            b -> {
              Object v = PyArgs.python(b.get("value"), "sa.literal()");
              var type = SaType.optional(b.get("type_"), "sa.literal(type_=...)");
              return new SaExpression(
                  type == null
                      ? SqlExpressions.literal(v, null)
                      : new SqlExpression.Bind(null, v, type, SqlExpression.BindKind.ANONYMOUS));
            }));
    expression.put(
        "cast",
        Natives.function(
            "cast(expression, type_)",
            b ->
                new SaExpression(
                    SqlExpressions.cast(
                        SqlOperands.operand(b.get("expression"), "sa.cast()"),
                        castType(b.get("type_"), "sa.cast()")))));
    expression.put("insert", statement("insert(table)", SaDml.Kind.INSERT));
    expression.put("update", statement("update(table)", SaDml.Kind.UPDATE));
    expression.put("delete", statement("delete(table)", SaDml.Kind.DELETE));
  }

  /** The type of a cast: a type or type class (None is SQLAlchemy's NullType, refused here). */
  static migrationtutor.engine.schema.SqlType castType(PyValue type, String construct) {
    var t = SaType.optional(type, construct + " type_");
    if (t == null) {
      throw PyArgs.unsupported(
          construct + " without a type", "give a type such as sa.Integer() or sa.String(50)");
    }
    return t;
  }

  private static PyValue statement(String spec, SaDml.Kind kind) {
    return Natives.function(spec, b -> dml(b.get("table"), kind));
  }

  /** {@code t.insert()} and the like, or {@code sa.insert(t)}. */
  static SaDml dml(PyValue table, SaDml.Kind kind) {
    if (!(table instanceof SaTable t)) {
      throw PyArgs.unsupported(
          "sa." + kind.name().toLowerCase() + "(" + table.repr() + ")",
          "give the table: sa.table('name', sa.column('x', sa.Integer), ...)");
    }
    return new SaDml(kind, t.table());
  }

  private static PyValue bool(List<PyValue> given, boolean and) {
    String name = and ? "sa.and_()" : "sa.or_()";
    if (given.isEmpty()) {
      // SQLAlchemy 1.4 deprecates an empty and_()/or_() and 2.0 refuses it.
      throw PyArgs.unsupported(name + " without arguments", "give it at least one condition");
    }
    List<SqlExpression> clauses = new ArrayList<>();
    for (PyValue v : given) {
      clauses.add(SqlOperands.condition(v, name));
    }
    return new SaExpression(and ? SqlExpressions.and(clauses) : SqlExpressions.or(clauses));
  }

  // case(*whens, value=None, else_=None): whens as (condition, result) tuples, or the 1.4 legacy
  // single list of them, or a dict when value= is given.
  private static PyValue caseOf(Args a) {
    BoundArgs b = CASE.bind(a);
    List<PyValue> whens = PyArgs.items(b.get("whens"));
    if (whens.size() == 1 && (whens.get(0) instanceof PyList || whens.get(0) instanceof PyDict)) {
      PyValue only = whens.get(0);
      whens = only instanceof PyDict d ? dictWhens(d) : PyArgs.items(only);
    }
    boolean hasValue = b.get("value") != PyNone.NONE;
    List<Object> flat = new ArrayList<>();
    for (PyValue w : whens) {
      if (!(w instanceof PyTuple || w instanceof PyList) || PyArgs.items(w).size() != 2) {
        throw PyArgs.unsupported(
            "sa.case() with the when " + w.repr(), "give each as a (condition, result) tuple");
      }
      List<PyValue> pair = PyArgs.items(w);
      flat.add(
          hasValue
              ? SqlOperands.operand(pair.get(0), "sa.case()")
              : SqlOperands.condition(pair.get(0), "sa.case()"));
      flat.add(SqlOperands.operand(pair.get(1), "sa.case()"));
    }
    Object value = hasValue ? SqlOperands.operand(b.get("value"), "sa.case(value=...)") : null;
    PyValue elseArg = b.get("else_");
    Object elseValue =
        elseArg == PyNone.NONE ? null : SqlOperands.operand(elseArg, "sa.case(else_=...)");
    return new SaExpression(SqlExpressions.caseOf(value, flat, elseValue));
  }

  private static List<PyValue> dictWhens(PyDict d) {
    List<PyValue> out = new ArrayList<>();
    d.entries().forEach((k, v) -> out.add(new PyTuple(List.of(k, v))));
    return out;
  }
}
