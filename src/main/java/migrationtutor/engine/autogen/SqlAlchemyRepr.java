package migrationtutor.engine.autogen;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.ForeignKeyConstraint;
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

  /**
   * {@code Column.__repr__} of a column of a table: a reflected table's foreign keys are
   * table-level constraints, whose {@code ForeignKey} elements the columns print too.
   */
  static String column(Column c, Table table) {
    List<String> targets = new ArrayList<>();
    c.foreignKeys().forEach(fk -> targets.add(fk.target()));
    for (Constraint k : table.constraints()) {
      if (k instanceof ForeignKeyConstraint f && f.columns().contains(c.name())) {
        String target =
            f.referredTable() + "." + f.referredColumns().get(f.columns().indexOf(c.name()));
        if (!targets.contains(target)) {
          targets.add(target);
        }
      }
    }
    return column(c, table.name(), targets);
  }

  /** {@code Column.__repr__}. */
  static String column(Column c, String table) {
    List<String> targets = new ArrayList<>();
    c.foreignKeys().forEach(fk -> targets.add(fk.target()));
    return column(c, table, targets);
  }

  private static String column(Column c, String table, List<String> foreignKeys) {
    List<String> parts = new ArrayList<>();
    parts.add(PythonRepr.strRepr(c.name()));
    parts.add(c.type().pythonRepr());
    for (String target : foreignKeys) {
      parts.add("ForeignKey(" + PythonRepr.strRepr(target) + ")");
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
    t.columns().forEach(c -> parts.add(column(c, t)));
    parts.add("schema=None");
    return "Table(" + String.join(", ", parts) + ")";
  }

  /**
   * {@code Index.__repr__}: the index keeps the columns of the table it was compared on (the
   * model's, or the reflected table's), whose reprs it prints.
   */
  static String index(Index ix, Table owner) {
    List<String> parts = new ArrayList<>();
    parts.add(PythonRepr.repr(ix.name()));
    for (IndexElement e : ix.elements()) {
      if (e.expression()) {
        parts.add("<sqlalchemy.sql.elements.TextClause object>");
        continue;
      }
      parts.add(
          owner
              .column(e.text())
              .map(c -> column(c, owner))
              .orElse(
                  "Column("
                      + PythonRepr.strRepr(e.text())
                      + ", NullType(), table=<"
                      + ix.table()
                      + ">)"));
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
