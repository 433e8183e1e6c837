package migrationtutor.engine.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import migrationtutor.engine.schema.Autoincrement;
import migrationtutor.engine.schema.BooleanServerDefault;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.FunctionServerDefault;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.LiteralColumnServerDefault;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.ServerDefault;
import migrationtutor.engine.schema.StringServerDefault;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TextServerDefault;

/**
 * Compiles schema DDL for SQLite byte for byte as SQLAlchemy 1.4.46's {@code SQLiteDDLCompiler}
 * does: {@code CREATE TABLE} (with its leading newline, tab indents, {@code ", \n"} separators and
 * two trailing newlines), {@code DROP TABLE}, {@code CREATE [UNIQUE] INDEX ... [WHERE ...]}, {@code
 * DROP INDEX} and column definitions.
 */
public final class SqliteDdlCompiler {
  private SqliteDdlCompiler() {}

  private static final String BACKGROUND = " (Background on this error at: ";

  /**
   * {@code str(CreateTable(table).compile(dialect=sqlite.dialect()))}.
   *
   * @throws PythonException the {@code CompileError} SQLAlchemy raises, with {@code (in table 't',
   *     column 'c'): } before errors in a column definition
   */
  public static String createTable(Table table) {
    StringBuilder text =
        new StringBuilder("\nCREATE TABLE ")
            .append(SqliteIdentifierPreparer.quote(table.name()))
            .append(" (");
    String separator = "\n";
    for (Column column : table.columns()) {
      String processed;
      try {
        processed = createColumn(table, column);
      } catch (PythonException e) {
        throw inColumn(table, column, e);
      }
      text.append(separator).append('\t').append(processed);
      separator = ", \n";
    }
    String constraints = createTableConstraints(table);
    if (!constraints.isEmpty()) {
      text.append(separator).append('\t').append(constraints);
    }
    text.append("\n)").append(table.sqliteWithRowid() ? "" : "\n WITHOUT ROWID").append("\n\n");
    return text.toString();
  }

  /** {@code DropTable}: {@code "\nDROP TABLE <name>"}. */
  public static String dropTable(String tableName) {
    return "\nDROP TABLE " + SqliteIdentifierPreparer.quote(tableName);
  }

  /** {@code CreateIndex} on SQLite, with {@code sqlite_where} as a {@code WHERE} clause. */
  public static String createIndex(Index index) {
    String elements =
        index.elements().stream()
            .map(SqliteDdlCompiler::indexElement)
            .collect(Collectors.joining(", "));
    String text =
        "CREATE "
            + (index.unique() ? "UNIQUE " : "")
            + "INDEX "
            + SqliteIdentifierPreparer.quote(index.name())
            + " ON "
            + SqliteIdentifierPreparer.quote(index.table())
            + " ("
            + elements
            + ")";
    if (index.sqliteWhere() != null) {
      text += " WHERE " + TextClauses.literal(index.sqliteWhere(), Map.of());
    }
    return text;
  }

  /** {@code DropIndex}: {@code "\nDROP INDEX <name>"}. */
  public static String dropIndex(String indexName) {
    if (indexName == null) {
      throw new PythonException(
          PythonException.COMPILE_ERROR, "DROP INDEX requires that the index have a name");
    }
    return "\nDROP INDEX " + SqliteIdentifierPreparer.quote(indexName);
  }

  /**
   * {@code SQLiteDDLCompiler.get_column_specification}: name, type, {@code DEFAULT} (in parentheses
   * for SQL expressions other than {@code text()}), {@code NOT NULL}, and {@code PRIMARY KEY
   * AUTOINCREMENT} for a {@code sqlite_autoincrement} table's integer key.
   */
  public static String columnSpecification(Table table, Column column) {
    String colspec =
        SqliteIdentifierPreparer.quote(column.name())
            + " "
            + SqliteTypeCompiler.process(column.type());
    if (column.serverDefault() != null) {
      String def = columnDefault(column.serverDefault());
      colspec += " DEFAULT " + (column.serverDefault().isColumnElement() ? "(" + def + ")" : def);
    }
    if (!column.isNullable()) {
      colspec += " NOT NULL";
    }
    if (column.primaryKey()) {
      if (column.autoincrement() == Autoincrement.TRUE
          && table.primaryKey().columns().size() != 1) {
        throw new PythonException(
            PythonException.COMPILE_ERROR,
            "SQLite does not support autoincrement for composite primary keys");
      }
      if (ConstraintCompiler.isInlineAutoincrement(table, column)) {
        colspec += " PRIMARY KEY AUTOINCREMENT";
      }
    }
    return colspec;
  }

  /**
   * {@code DDLCompiler.get_column_default_string}: a string as a quoted literal, an expression
   * compiled with literal binds, without SQLite's parentheses (Alembic's {@code ALTER COLUMN ...
   * SET DEFAULT} uses this form).
   */
  public static String columnDefault(ServerDefault serverDefault) {
    if (serverDefault instanceof StringServerDefault s) {
      return LiteralRenderer.quoted(s.value());
    } else if (serverDefault instanceof TextServerDefault t) {
      return TextClauses.literal(t.text(), Map.of());
    } else if (serverDefault instanceof FunctionServerDefault f) {
      return SqlFunctions.compile(f);
    } else if (serverDefault instanceof BooleanServerDefault b) {
      return b.value() ? "1" : "0";
    }
    return ((LiteralColumnServerDefault) serverDefault).text();
  }

  /** {@code visit_create_column}: the specification, then inline column-level CHECKs. */
  static String createColumn(Table table, Column column) {
    String text = columnSpecification(table, column);
    String inline =
        column.constraints().stream()
            .map(ConstraintCompiler::check)
            .collect(Collectors.joining(" "));
    return inline.isEmpty() ? text : text + " " + inline;
  }

  // DDLCompiler.create_table_constraints: the primary key first, then the others in creation
  // order; None results are dropped, empty strings are kept.
  private static String createTableConstraints(Table table) {
    List<Constraint> constraints = new ArrayList<>();
    if (!table.primaryKey().columns().isEmpty()) {
      constraints.add(table.primaryKey());
    }
    constraints.addAll(table.constraints());
    List<String> rendered = new ArrayList<>();
    for (Constraint c : constraints) {
      String text = ConstraintCompiler.compile(table, c);
      if (text != null) {
        rendered.add(text);
      }
    }
    return String.join(", \n\t", rendered);
  }

  private static String indexElement(IndexElement element) {
    return element.expression()
        ? TextClauses.literal(element.text(), Map.of())
        : SqliteIdentifierPreparer.quote(element.text());
  }

  // visit_create_table re-raises a column's CompileError as CompileError with the message
  // args[0] (without the "Background on this error" link) prefixed by the table and column.
  private static PythonException inColumn(Table table, Column column, PythonException e) {
    if (!e.pythonClass().equals(PythonException.COMPILE_ERROR)
        && !e.pythonClass().equals(PythonException.UNSUPPORTED_COMPILATION_ERROR)) {
      return e;
    }
    String message = e.pythonMessage();
    int background = message.indexOf(BACKGROUND);
    if (background >= 0) {
      message = message.substring(0, background);
    }
    return new PythonException(
        PythonException.COMPILE_ERROR,
        "(in table '" + table.name() + "', column '" + column.name() + "'): " + message);
  }
}
