package migrationtutor.engine.ops;

import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.SqlType;

/**
 * The small SQL elements a migration uses as defaults: {@code sa.true()}, {@code sa.false()},
 * {@code sa.null()} and {@code sa.literal_column('...')}.
 *
 * @param kind which element
 * @param text the text of {@code literal_column}, else null
 * @param type the {@code type_} of {@code literal_column}, else null
 */
record SaSqlElement(Kind kind, String text, SqlType type) implements PyNative {
  /** {@code sa.true()}, {@code sa.false()} or {@code sa.null()}. */
  SaSqlElement(Kind kind) {
    this(kind, null, null);
  }

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
    return ExpressionMethods.attribute(SqlOperands.expression(this), name, str());
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    return ExpressionMethods.operator(SqlOperands.expression(this), operator, other, reflected);
  }
}
