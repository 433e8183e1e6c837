package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import migrationtutor.engine.ddl.SqlExpression;
import migrationtutor.engine.ddl.SqlExpressions;
import migrationtutor.engine.pyeval.PyBool;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.ForeignKey;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.ServerDefault;
import migrationtutor.engine.schema.StringServerDefault;
import migrationtutor.engine.schema.Table;

/**
 * {@code sa.Column(...)}. SQLAlchemy allows a column without a name (declarative models name it
 * after the attribute), so the name is kept apart and checked when the column joins a table.
 */
public final class SaColumn implements PyNative {
  private final String name;
  private final Column template;

  /**
   * A column value.
   *
   * @param name the name, or null when none was given
   * @param template the column with every other argument (its name is a placeholder when {@code
   *     name} is null)
   */
  SaColumn(String name, Column template) {
    this.name = name;
    this.template = Objects.requireNonNull(template);
  }

  /** The name given, or null ({@code id = sa.Column(sa.Integer, primary_key=True)}). */
  public String name() {
    return name;
  }

  /**
   * The column in the schema model.
   *
   * @throws PythonException SQLAlchemy's ArgumentError for a column without a name
   */
  public Column toColumn() {
    if (name == null) {
      throw new PythonException(
          PythonException.ARGUMENT_ERROR,
          "Column must be constructed with"
              + " a non-blank name or assign a non-blank .name before adding to a Table.");
    }
    return template;
  }

  /** The column named as given, or {@code attributeName} when it has none (declarative). */
  public Column toColumn(String attributeName) {
    return name != null ? template : renamed(template, attributeName);
  }

  static Column renamed(Column c, String newName) {
    return new Column(
        newName,
        c.type(),
        c.nullable(),
        c.primaryKey(),
        c.serverDefault(),
        c.unique(),
        c.index(),
        c.comment(),
        c.foreignKeys(),
        c.constraints(),
        c.autoincrement(),
        c.hasDefault(),
        c.hasOnupdate());
  }

  @Override
  public String typeName() {
    return "Column";
  }

  @Override
  public String repr() {
    return columnRepr(name, template, null);
  }

  @Override
  public String str() {
    return name == null ? "None" : name;
  }

  @Override
  public PyValue attribute(String attr) {
    switch (attr) {
      case "name":
      case "key":
        return name == null ? PyNone.NONE : new PyStr(name);
      case "type":
        return new SaType(template.type());
      case "nullable":
        return PyBool.of(template.isNullable());
      case "primary_key":
        return PyBool.of(template.primaryKey());
      case "unique":
        return PyBool.of(template.unique());
      case "index":
        return PyBool.of(template.index());
      case "comment":
        return template.comment() == null ? PyNone.NONE : new PyStr(template.comment());
      default:
        return name == null ? null : ExpressionMethods.attribute(expression(), attr, str());
    }
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    return name == null
        ? null
        : ExpressionMethods.operator(expression(), operator, other, reflected);
  }

  private SqlExpression expression() {
    return SqlExpressions.column(null, name, template.type());
  }

  /** {@code Column.__repr__}: name, type, foreign keys, table, then the notable flags. */
  static String columnRepr(String name, Column c, String table) {
    List<String> parts = new ArrayList<>();
    parts.add(name == null ? "None" : PythonRepr.strRepr(name));
    parts.add(c.type().pythonRepr());
    for (ForeignKey fk : c.foreignKeys()) {
      parts.add("ForeignKey(" + PythonRepr.strRepr(fk.target()) + ")");
    }
    parts.add(table == null ? "table=None" : "table=<" + table + ">");
    if (c.primaryKey()) {
      parts.add("primary_key=True");
    }
    if (!c.isNullable()) {
      parts.add("nullable=False");
    }
    ServerDefault d = c.serverDefault();
    if (d != null) {
      String arg =
          d instanceof StringServerDefault s
              ? PythonRepr.strRepr(s.value())
              : "<sqlalchemy.sql.elements."
                  + (d.isColumnElement() ? "ColumnElement" : "TextClause")
                  + " object>";
      parts.add("server_default=DefaultClause(" + arg + ", for_update=False)");
    }
    if (c.comment() != null) {
      parts.add("comment=" + PythonRepr.strRepr(c.comment()));
    }
    return "Column(" + String.join(", ", parts) + ")";
  }

  /** {@code Table.__repr__}: name, metadata, columns, schema. */
  static String tableRepr(Table t) {
    List<String> parts = new ArrayList<>();
    parts.add(PythonRepr.strRepr(t.name()));
    parts.add("MetaData()");
    t.columns().forEach(c -> parts.add(columnRepr(c.name(), c, t.name())));
    parts.add("schema=None");
    return "Table(" + String.join(", ", parts) + ")";
  }
}
