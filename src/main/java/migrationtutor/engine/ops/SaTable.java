package migrationtutor.engine.ops;

import java.util.Map;
import java.util.Objects;
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
      default:
        return NotYet.TABLE_METHODS.contains(name)
            ? NotYet.method(table.name() + "." + name)
            : null;
    }
  }
}
