package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import migrationtutor.engine.ddl.DmlStatement;
import migrationtutor.engine.ddl.DmlStrings;
import migrationtutor.engine.ddl.SqlExpression;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyTuple;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.Table;

/**
 * {@code t.insert()}, {@code t.update()}, {@code t.delete()} (and {@code sa.insert(t)}, ...): a
 * generative statement, each {@code .values()} or {@code .where()} returning a new one as in
 * SQLAlchemy, which {@code op.execute} runs.
 */
final class SaDml implements PyNative {
  /** Which statement. */
  enum Kind {
    INSERT,
    UPDATE,
    DELETE
  }

  private static final Set<String> NOT_MODELLED =
      Set.of(
          "returning",
          "inline",
          "from_select",
          "ordered_values",
          "prefix_with",
          "with_dialect_options",
          "return_defaults",
          "execution_options",
          "params",
          "compile",
          "cte",
          "with_hint");

  private final Kind kind;
  private final Table table;
  private final List<Map<String, Object>> rows;
  private final List<SqlExpression> where;
  private final boolean multiValues;
  private final boolean mixedFormats;

  SaDml(Kind kind, Table table) {
    this(kind, table, List.of(), List.of(), false, false);
  }

  private SaDml(
      Kind kind,
      Table table,
      List<Map<String, Object>> rows,
      List<SqlExpression> where,
      boolean multiValues,
      boolean mixedFormats) {
    this.kind = kind;
    this.table = table;
    this.rows = rows;
    this.where = where;
    this.multiValues = multiValues;
    this.mixedFormats = mixedFormats;
  }

  /**
   * The statement in the model.
   *
   * @throws PyException InvalidRequestError when single and multi-row values() were mixed, which
   *     SQLAlchemy notices only when it compiles the statement
   */
  DmlStatement statement() {
    if (mixedFormats) {
      throw SqlAlchemyExc.error(
          "sqlalchemy.exc.InvalidRequestError",
          "Can't mix single and multiple VALUES formats in one INSERT statement; one style"
              + " appends to a list while the other replaces values, so the intent is"
              + " ambiguous.");
    }
    return switch (kind) {
      case INSERT -> new DmlStatement.Insert(table, rows);
      case UPDATE -> new DmlStatement.Update(table, rows.isEmpty() ? Map.of() : rows.get(0), where);
      case DELETE -> new DmlStatement.Delete(table, where);
    };
  }

  private String className() {
    return switch (kind) {
      case INSERT -> "Insert";
      case UPDATE -> "Update";
      case DELETE -> "Delete";
    };
  }

  @Override
  public String typeName() {
    return className();
  }

  @Override
  public String repr() {
    return "<sqlalchemy.sql.dml." + className() + " object>";
  }

  @Override
  public String str() {
    return HostErrors.translating(() -> DmlStrings.of(statement()));
  }

  @Override
  public PyValue attribute(String name) {
    String construct = table.name() + "." + className().toLowerCase() + "()";
    if (name.equals("values") && kind != Kind.DELETE) {
      return Natives.raw("values", a -> values(a, construct));
    } else if (name.equals("where") && kind != Kind.INSERT) {
      return Natives.raw("where", a -> where(a, construct));
    } else if (name.equals("table")) {
      return new SaTable(table, true, null);
    } else if (NOT_MODELLED.contains(name)) {
      return NotYet.method(construct + "." + name);
    }
    return null;
  }

  // DMLWhereBase.where: each criterion is kept; the compiler ANDs them.
  private PyValue where(Args a, String construct) {
    if (!a.keywords().isEmpty()) {
      throw PyArgs.unsupported(
          construct + ".where() with keywords", "pass conditions positionally");
    }
    List<SqlExpression> more = new ArrayList<>(where);
    for (PyValue v : a.positional()) {
      more.add(SqlOperands.condition(v, construct + ".where()"));
    }
    return new SaDml(kind, table, rows, List.copyOf(more), multiValues, mixedFormats);
  }

  // ValuesBase.values: keywords, or one dict, or (INSERT) a list of dicts for a multi-row VALUES;
  // calls accumulate.
  private PyValue values(Args a, String construct) {
    List<PyValue> positional = a.positional();
    if (!positional.isEmpty() && !a.keywords().isEmpty()) {
      throw SqlAlchemyExc.argumentError(
          "Can't pass positional and kwargs to values() simultaneously");
    }
    if (positional.size() > 1) {
      throw SqlAlchemyExc.argumentError(
          "Only a single dictionary/tuple or list of dictionaries/tuples is accepted"
              + " positionally.");
    }
    List<Map<String, Object>> given = new ArrayList<>();
    if (positional.isEmpty()) {
      Map<String, Object> row = new LinkedHashMap<>();
      a.keywords().forEach((k, v) -> row.put(k, SqlOperands.operand(v, construct + ".values()")));
      given.add(row);
    } else if (positional.get(0) instanceof PyDict d) {
      given.add(row(d, construct));
    } else if (kind == Kind.INSERT
        && (positional.get(0) instanceof PyList || positional.get(0) instanceof PyTuple)) {
      for (PyValue r : PyArgs.items(positional.get(0))) {
        if (!(r instanceof PyDict d)) {
          throw PyArgs.unsupported(
              construct + ".values() with rows given as " + r.typeName(),
              "give each row as a dict");
        }
        given.add(row(d, construct));
      }
    } else {
      throw PyArgs.unsupported(
          construct + ".values(" + positional.get(0).repr() + ")",
          "give the values as keywords or as one dict");
    }
    // A list appends rows to the multi-row VALUES; a dict or keywords update the single row.
    boolean multi = positional.size() == 1 && !(positional.get(0) instanceof PyDict);
    boolean mixed = mixedFormats || (!rows.isEmpty() && multi != multiValues);
    if (multi) {
      List<Map<String, Object>> all = new ArrayList<>(multiValues ? rows : List.of());
      all.addAll(given);
      return new SaDml(kind, table, List.copyOf(all), where, true, mixed);
    }
    Map<String, Object> merged =
        new LinkedHashMap<>(rows.isEmpty() || multiValues ? Map.of() : rows.get(0));
    merged.putAll(given.get(0));
    return new SaDml(kind, table, multiValues ? rows : List.of(merged), where, multiValues, mixed);
  }

  private static Map<String, Object> row(PyDict d, String construct) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (Map.Entry<PyValue, PyValue> e : d.entries().entrySet()) {
      String key;
      if (e.getKey() instanceof PyStr s) {
        key = s.value();
      } else if (e.getKey() instanceof SaColumnClause c) {
        key = c.name();
      } else {
        throw PyArgs.unsupported(
            construct + ".values() with the key " + e.getKey().repr(),
            "name the column with a string or t.c.<name>");
      }
      row.put(key, SqlOperands.operand(e.getValue(), construct + ".values()"));
    }
    return row;
  }
}
