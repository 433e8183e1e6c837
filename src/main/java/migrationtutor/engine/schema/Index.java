package migrationtutor.engine.schema;

import java.util.List;

/**
 * {@code sa.Index(...)} / {@code op.create_index(name, table, [...], unique=...,
 * sqlite_where=...)}, or the index a column with {@code index=True} creates.
 *
 * <p>A null name is replaced, as SQLAlchemy's default naming convention {@code
 * ix_%(column_0_label)s} does when the index joins its table, by {@code ix_<table>_<first
 * element>}.
 *
 * @param name the index name (null for the conventional one)
 * @param table the table name
 * @param elements the indexed columns and expressions, in order
 * @param unique {@code unique=}
 * @param sqliteWhere {@code sqlite_where=sa.text(...)}'s text for a partial index, or null
 */
public record Index(
    String name, String table, List<IndexElement> elements, boolean unique, String sqliteWhere)
    implements TableElement {

  /** Copies the elements and applies the default naming convention to a null name. */
  public Index {
    Names.require("the table of an index", table);
    if (elements == null || elements.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("an index needs a list of elements");
    }
    elements = List.copyOf(elements);
    if (name == null) {
      name = "ix_" + (elements.isEmpty() ? "" : table + "_" + elements.get(0).text());
    }
  }

  /** An index on plain columns. */
  public static Index onColumns(String name, String table, List<String> columns, boolean unique) {
    return new Index(
        name, table, columns.stream().map(IndexElement::column).toList(), unique, null);
  }
}
