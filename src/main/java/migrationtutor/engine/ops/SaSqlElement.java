package migrationtutor.engine.ops;

import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyValue;

/**
 * The small SQL elements a migration uses as defaults: {@code sa.true()}, {@code sa.false()},
 * {@code sa.null()} and {@code sa.literal_column('...')}.
 *
 * @param kind which element
 * @param text the text of {@code literal_column}, else null
 */
record SaSqlElement(Kind kind, String text) implements PyNative {
  /** Which element. */
  enum Kind {
    TRUE("True_"),
    FALSE("False_"),
    NULL("Null"),
    LITERAL_COLUMN("ColumnClause");

    private final String className;

    Kind(String className) {
      this.className = className;
    }
  }

  @Override
  public String typeName() {
    return kind.className;
  }

  @Override
  public String repr() {
    return kind == Kind.LITERAL_COLUMN
        ? "<sqlalchemy.sql.elements.ColumnClause object; " + text + ">"
        : "<sqlalchemy.sql.elements." + kind.className + " object>";
  }

  @Override
  public String str() {
    return switch (kind) {
      case TRUE -> "true";
      case FALSE -> "false";
      case NULL -> "NULL";
      case LITERAL_COLUMN -> text;
    };
  }

  @Override
  public PyValue attribute(String name) {
    return NotYet.COLUMN_METHODS.contains(name) ? NotYet.method(str() + "." + name) : null;
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    throw NotYet.error("an SQL expression with " + repr());
  }
}
