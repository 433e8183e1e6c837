package migrationtutor.engine.ops;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.Table;

/**
 * A table a script holds: what {@code op.create_table(...)} returns, a {@code sa.Table(name,
 * metadata, ...)}, or a lightweight {@code sa.table('t', sa.column('x', sa.Integer))}. All of them
 * work as the target of {@code op.bulk_insert}.
 */
public final class SaTable implements PyNative {
  private final Table table;
  private final boolean clause;
  private final SaMetaData metadata;

  SaTable(Table table, boolean clause, SaMetaData metadata) {
    this.table = Objects.requireNonNull(table);
    this.clause = clause;
    this.metadata = metadata;
  }

  /** The table in the schema model (columns with their types, constraints, indexes). */
  public Table table() {
    return table;
  }

  /** Whether this is a lightweight {@code sa.table()} ({@code TableClause}) rather than a Table. */
  public boolean isTableClause() {
    return clause;
  }

  /** The MetaData the table belongs to, or null ({@code sa.table()}, {@code op.create_table}). */
  SaMetaData metadata() {
    return metadata;
  }

  private SaColumnCollection columns() {
    return new SaColumnCollection(
        table.columns().stream()
            .map(c -> new SaColumnClause(c.name(), c.type(), table.name()))
            .toList());
  }

  // The 1.x keyword forms t.update(whereclause, values) are deprecated; the tutor asks for the
  // generative form instead of guessing their details.
  private static PyValue legacy(BoundArgs b, SaDml statement, String method) {
    Map<String, PyValue> given = b.asMap();
    for (String k : List.of("whereclause", "values")) {
      if (given.containsKey(k) && given.get(k) != PyNone.NONE) {
        throw PyArgs.unsupported(
            "t." + method + "(" + k + "=...)",
            "chain the calls: t."
                + method
                + "()"
                + (k.equals("values") ? ".values(...)" : ".where(...)"));
      }
    }
    boolean inline = given.containsKey("inline") && given.get("inline").truthy();
    if (inline || !PyArgs.kwargs(given.get("kwargs")).isEmpty()) {
      throw PyArgs.unsupported(
          "t." + method + "() with options", "call t." + method + "() without arguments");
    }
    return statement;
  }

  @Override
  public String typeName() {
    return clause ? "TableClause" : "Table";
  }

  @Override
  public String repr() {
    return clause
        ? "<sqlalchemy.sql.selectable.TableClause object; " + table.name() + ">"
        : SaColumn.tableRepr(table);
  }

  @Override
  public String str() {
    return table.name();
  }

  @Override
  public PyValue attribute(String name) {
    switch (name) {
      case "name":
      case "fullname":
      case "description":
        return new PyStr(table.name());
      case "c":
      case "columns":
        return columns();
      case "schema":
        return PyNone.NONE;
      case "metadata":
        return metadata == null ? (clause ? null : new SaMetaData(Map.of())) : metadata;
      case "insert":
        return Natives.function(
            "insert(values=None, inline=False, **kwargs)",
            b -> legacy(b, ExpressionFunctions.dml(this, SaDml.Kind.INSERT), "insert"));
      case "update":
        return Natives.function(
            "update(whereclause=None, values=None, inline=False, **kwargs)",
            b -> legacy(b, ExpressionFunctions.dml(this, SaDml.Kind.UPDATE), "update"));
      case "delete":
        return Natives.function(
            "delete(whereclause=None, **kwargs)",
            b -> legacy(b, ExpressionFunctions.dml(this, SaDml.Kind.DELETE), "delete"));
      default:
        return NotYet.TABLE_METHODS.contains(name)
            ? NotYet.method(table.name() + "." + name)
            : null;
    }
  }
}
