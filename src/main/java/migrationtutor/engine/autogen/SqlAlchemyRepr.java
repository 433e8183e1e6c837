package migrationtutor.engine.autogen;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.ForeignKey;
import migrationtutor.engine.schema.FunctionServerDefault;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.ServerDefault;
import migrationtutor.engine.schema.StringServerDefault;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TextServerDefault;

/**
 * SQLAlchemy 1.4's {@code repr()} of the schema objects that {@code as_diffs()} lists. Where Python
 * would print an object's memory address ({@code <... object at 0x7f...>}) the address is left out,
 * as the engine's other reprs do; a Python-side {@code default=} prints as {@code
 * ColumnDefault(...)} because the engine keeps only that one was given.
 */
final class SqlAlchemyRepr {
  private SqlAlchemyRepr() {}

  /** {@code Column.__repr__}. */
  static String column(Column c, String table) {
    List<String> parts = new ArrayList<>();
    parts.add(PythonRepr.strRepr(c.name()));
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
    if (c.hasOnupdate()) {
      parts.add("onupdate=ColumnDefault(...)");
    }
    if (c.hasDefault()) {
      parts.add("default=ColumnDefault(...)");
    }
    if (c.serverDefault() != null) {
      parts.add("server_default=" + serverDefault(c.serverDefault()));
    }
    if (c.comment() != null && !c.comment().isEmpty()) {
      parts.add("comment=" + PythonRepr.strRepr(c.comment()));
    }
    return "Column(" + String.join(", ", parts) + ")";
  }

  /** {@code DefaultClause.__repr__}, or {@code None}. */
  static String serverDefault(ServerDefault d) {
    if (d == null) {
      return "None";
    }
    String arg;
    if (d instanceof StringServerDefault s) {
      arg = PythonRepr.strRepr(s.value());
    } else if (d instanceof TextServerDefault) {
      arg = "<sqlalchemy.sql.elements.TextClause object>";
    } else if (d instanceof FunctionServerDefault f) {
      arg = "<sqlalchemy.sql.functions." + f.name() + "; " + f.name() + ">";
    } else {
      arg = "<sqlalchemy.sql.elements.ColumnElement object>";
    }
    return "DefaultClause(" + arg + ", for_update=False)";
  }

  /** {@code Table.__repr__} of the table an operation rebuilds ({@code to_table()}). */
  static String table(Table t) {
    List<String> parts = new ArrayList<>();
    parts.add(PythonRepr.strRepr(t.name()));
    parts.add("MetaData()");
    t.columns().forEach(c -> parts.add(column(c, t.name())));
    parts.add("schema=None");
    return "Table(" + String.join(", ", parts) + ")";
  }

  /** {@code Index.__repr__} of {@code to_index()}, whose columns carry no type. */
  static String index(Index ix) {
    List<String> parts = new ArrayList<>();
    parts.add(PythonRepr.repr(ix.name()));
    for (IndexElement e : ix.elements()) {
      parts.add(
          e.expression()
              ? "<sqlalchemy.sql.elements.TextClause object>"
              : "Column("
                  + PythonRepr.strRepr(e.text())
                  + ", NullType(), table=<"
                  + ix.table()
                  + ">)");
    }
    if (ix.unique()) {
      parts.add("unique=True");
    }
    return "Index(" + String.join(", ", parts) + ")";
  }

  /** The default {@code object.__repr__} of a constraint, without its address. */
  static String constraint(Object constraint) {
    return "<sqlalchemy.sql.schema." + constraint.getClass().getSimpleName() + " object>";
  }
}
