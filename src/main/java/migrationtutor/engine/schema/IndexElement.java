package migrationtutor.engine.schema;

/**
 * One element of an index: a column name (quoted as an identifier when needed) or a SQL expression
 * given as {@code sa.text('lower(name)')} (rendered as written).
 *
 * @param text the column name or the expression text
 * @param expression whether {@code text} is an expression
 */
public record IndexElement(String text, boolean expression) {
  /** Validates the text. */
  public IndexElement {
    if (text == null || (!expression && text.isEmpty())) {
      throw new IllegalArgumentException("an index element needs a column name or SQL text");
    }
  }

  /** A column, e.g. {@code 'title'} in {@code op.create_index('ix', 'todos', ['title'])}. */
  public static IndexElement column(String name) {
    return new IndexElement(name, false);
  }

  /** An expression, e.g. {@code sa.text('lower(name)')}. */
  public static IndexElement text(String sql) {
    return new IndexElement(sql, true);
  }
}
