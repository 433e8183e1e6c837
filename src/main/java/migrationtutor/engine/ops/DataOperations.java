package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;

/**
 * The operations that move data or hand out helpers: {@code bulk_insert}, {@code execute}, {@code
 * f}, {@code get_bind}, {@code get_context} and {@code inline_literal}. {@code batch_op} inherits
 * all but {@code bulk_insert} from {@code Operations}.
 */
final class DataOperations {
  private DataOperations() {}

  static void register(OpRuntime rt, PyModule op) {
    op.put(
        "bulk_insert",
        rt.method("bulk_insert(self, table, rows, multiinsert=True)", b -> bulkInsert(rt, b)));
    op.put(
        "execute",
        rt.method(
            "execute(self, sqltext, execution_options=None)",
            b -> {
              Operations.execute(rt, b.get("sqltext"));
              return PyNone.NONE;
            }));
    op.put("f", rt.method("f(self, name)", b -> f(b.get("name"))));
    op.put("get_bind", rt.method("get_bind(self)", b -> new Connection(rt)));
    op.put("get_context", rt.method("get_context(self)", b -> new MigrationContext(rt)));
    op.put(
        "inline_literal",
        rt.method(
            "inline_literal(self, value, type_=None)",
            b ->
                new InlineLiteral(
                    b.get("value"),
                    SaType.optional(b.get("type_"), "op.inline_literal(type_=...)"))));
  }

  /**
   * {@code op.f(name)}: {@code conv(name)}, a str subclass marking a name as final under naming
   * conventions; the tutor applies no conventions, so it is the name itself.
   */
  static PyValue f(PyValue name) {
    return name == PyNone.NONE || name instanceof PyStr ? name : new PyStr(name.str());
  }

  // DefaultImpl.bulk_insert: offline one INSERT per row, each written before the next row is
  // looked at; online one executemany (or one INSERT per row without multiinsert).
  private static PyValue bulkInsert(OpRuntime rt, BoundArgs b) {
    List<PyValue> rows = Operations.rows(b.get("rows"));
    boolean multiinsert = b.get("multiinsert").truthy();
    PyValue table = b.get("table");
    if (!(table instanceof SaTable t)) {
      if (!rt.offline()) {
        throw PyException.attributeError(
            "'" + table.typeName() + "' object has no attribute '_autoincrement_column'");
      } else if (!rows.isEmpty()) {
        throw PyException.attributeError(
            "'" + table.typeName() + "' object has no attribute 'insert'");
      }
      return PyNone.NONE;
    }
    if (rt.offline() || !multiinsert) {
      for (PyValue row : rows) {
        rt.impl().bulkInsert(t.table(), List.of(row(row)), multiinsert);
      }
    } else {
      List<Map<String, Object>> all = new ArrayList<>();
      rows.forEach(r -> all.add(row(r)));
      rt.impl().bulkInsert(t.table(), all, true);
    }
    return PyNone.NONE;
  }

  private static Map<String, Object> row(PyValue row) {
    if (!(row instanceof PyDict d)) {
      throw PyException.attributeError("'" + row.typeName() + "' object has no attribute 'items'");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<PyValue, PyValue> e : d.entries().entrySet()) {
      if (!(e.getKey() instanceof PyStr key)) {
        throw PyException.typeError("keywords must be strings");
      }
      PyValue v = e.getValue() instanceof InlineLiteral lit ? lit.value() : e.getValue();
      values.put(
          key.value(), PyArgs.python(v, "op.bulk_insert() row value for '" + key.value() + "'"));
    }
    return values;
  }
}
