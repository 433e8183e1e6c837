package migrationtutor.engine.ops;

import migrationtutor.engine.ddl.SqlExpression;
import migrationtutor.engine.ddl.SqlExpressions;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.SqlType;

/**
 * {@code sa.column('x', sa.Integer)} and the columns a table's {@code .c} gives: a name, a type and
 * the table it belongs to (null until {@code sa.table(...)} takes it).
 *
 * @param name the column name
 * @param type the type ({@link NullType} when none was given)
 * @param tableName the table's name, or null
 */
record SaColumnClause(String name, SqlType type, String tableName) implements PyNative {
  /** This column as part of a table. */
  SaColumnClause inTable(String table) {
    return new SaColumnClause(name, type, table);
  }

  @Override
  public String typeName() {
    return "ColumnClause";
  }

  @Override
  public String repr() {
    return "<sqlalchemy.sql.elements.ColumnClause object; " + name + ">";
  }

  @Override
  public String str() {
    return tableName == null ? name : tableName + "." + name;
  }

  @Override
  public PyValue attribute(String attr) {
    if (attr.equals("name") || attr.equals("key")) {
      return new PyStr(name);
    } else if (attr.equals("type")) {
      return new SaType(type);
    }
    return ExpressionMethods.attribute(expression(), attr, str());
  }

  /** The column as an expression: {@code t.x} within its table. */
  SqlExpression expression() {
    return SqlExpressions.column(tableName, name, type);
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    return ExpressionMethods.operator(expression(), operator, other, reflected);
  }
}
