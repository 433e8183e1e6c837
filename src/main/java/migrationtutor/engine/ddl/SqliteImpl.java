package migrationtutor.engine.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TypeBoundCheckConstraint;

/**
 * Alembic 1.8.1's {@code SQLiteImpl} (with what it inherits from {@code DefaultImpl}): the
 * statements each migration operation sends to a {@link SqlSink}, in Alembic's order.
 *
 * <p>These are the impl-level operations. The operation layer ({@code
 * alembic/operations/toimpl.py}) adds to some of them: {@code op.add_column} also calls {@link
 * #addConstraint} for each non-primary-key constraint and {@link #createIndex} for each index that
 * attaching the column to a table creates (see {@link Table#assemble}), so a {@code unique=True} or
 * {@code ForeignKey} column ends in {@link ConstraintAlterNotSupportedException} after its {@code
 * ALTER TABLE ... ADD COLUMN} has run; {@code op.alter_column} with {@code type_} and {@code
 * existing_type} drops and re-adds the type-bound constraints around {@link #alterColumn}.
 */
public final class SqliteImpl {
  private final SqlSink sink;
  private final ImplOptions options;
  private final Consumer<PythonWarning> warnings;

  /**
   * Creates the impl.
   *
   * @param sink where statements go; its {@link SqlSink#isOffline()} is Alembic's {@code as_sql}
   * @param options context options ({@code literal_binds}, offline paramstyle)
   * @param warnings receives the warnings Alembic emits ({@code UserWarning})
   * @throws PythonException Alembic's {@code CommandError} for {@code literal_binds} online
   */
  public SqliteImpl(SqlSink sink, ImplOptions options, Consumer<PythonWarning> warnings) {
    if (sink == null || options == null || warnings == null) {
      throw new IllegalArgumentException("SqliteImpl needs a sink, options and a warning sink");
    }
    if (options.literalBinds() && !sink.isOffline()) {
      throw new PythonException(
          PythonException.COMMAND_ERROR, "Can't use literal_binds setting without as_sql mode");
    }
    this.sink = sink;
    this.options = options;
    this.warnings = warnings;
  }

  /** The options this impl renders with, for an impl over another sink. */
  public ImplOptions options() {
    return options;
  }

  /** {@code create_table}: {@code CREATE TABLE}, then {@code CREATE INDEX} for each index. */
  public void createTable(Table table) {
    ddl(SqliteDdlCompiler.createTable(table));
    // SQLite has no comments (supports_comments is False), so none are emitted.
    for (Index index : table.indexes()) {
      createIndex(index);
    }
  }

  /** {@code drop_table}: {@code DROP TABLE <name>}. */
  public void dropTable(String tableName) {
    ddl(SqliteDdlCompiler.dropTable(tableName));
  }

  /** {@code rename_table}: {@code ALTER TABLE <old> RENAME TO <new>}. */
  public void renameTable(String oldTableName, String newTableName) {
    ddl(AlembicDdlCompiler.compile(new RenameTable(oldTableName, newTableName)));
  }

  /** {@code add_column}: {@code ALTER TABLE <t> ADD COLUMN <definition>}. */
  public void addColumn(String tableName, Column column) {
    ddl(AlembicDdlCompiler.compile(new AddColumn(tableName, column)));
  }

  /** {@code drop_column}: {@code ALTER TABLE <t> DROP COLUMN <c>}. */
  public void dropColumn(String tableName, String columnName) {
    ddl(AlembicDdlCompiler.compile(new DropColumn(tableName, columnName)));
  }

  /**
   * {@code DefaultImpl.alter_column}: one generic statement per change, in Alembic's order —
   * nullability, server default, type, comment, and the new name last.
   *
   * @throws PythonException for {@code comment=}: SQLite's compiler has no rule for Alembic's
   *     {@code ColumnComment}
   */
  public void alterColumn(ColumnAlteration a) {
    if (a.autoincrement() != null || a.existingAutoincrement() != null) {
      warn("autoincrement and existing_autoincrement only make sense for MySQL");
    }
    // Each statement is compiled when it is executed, so those before a failing one have run.
    if (a.nullable() != null) {
      ddl(compile(new ColumnNullable(a.tableName(), a.columnName(), a.nullable())));
    }
    if (a.serverDefaultGiven()) {
      ddl(compile(new ColumnDefault(a.tableName(), a.columnName(), a.serverDefault())));
    }
    if (a.type() != null) {
      ddl(compile(new ColumnType(a.tableName(), a.columnName(), a.type())));
    }
    if (a.commentGiven()) {
      throw new PythonException(
          PythonException.UNSUPPORTED_COMPILATION_ERROR,
          "Compiler <sqlalchemy.dialects.sqlite.base.SQLiteDDLCompiler object> can't render element"
              + " of type <class 'alembic.ddl.base.ColumnComment'>: <class"
              + " 'alembic.ddl.base.ColumnComment'> construct has no default compilation handler."
              + " (Background on this error at: https://sqlalche.me/e/14/l7de)");
    }
    if (a.newName() != null) {
      ddl(compile(new ColumnName(a.tableName(), a.columnName(), a.newName())));
    }
  }

  /** {@code create_index}: {@code CREATE [UNIQUE] INDEX ... [WHERE ...]}. */
  public void createIndex(Index index) {
    ddl(SqliteDdlCompiler.createIndex(index));
  }

  /** {@code drop_index}: {@code DROP INDEX <name>}. */
  public void dropIndex(String indexName) {
    ddl(SqliteDdlCompiler.dropIndex(indexName));
  }

  /** {@code create_table_comment}: {@code COMMENT ON TABLE <t> IS '<comment>'}. */
  public void createTableComment(String tableName, String comment) {
    ddl(
        "COMMENT ON TABLE "
            + SqliteIdentifierPreparer.quote(tableName)
            + " IS "
            + LiteralRenderer.quoted(comment));
  }

  /** {@code drop_table_comment}: {@code COMMENT ON TABLE <t> IS NULL}. */
  public void dropTableComment(String tableName) {
    ddl("COMMENT ON TABLE " + SqliteIdentifierPreparer.quote(tableName) + " IS NULL");
  }

  /**
   * {@code SQLiteImpl.add_constraint}: a type-bound CHECK is skipped with a warning, anything else
   * is refused.
   *
   * @throws ConstraintAlterNotSupportedException for every explicit constraint
   */
  public void addConstraint(Constraint constraint) {
    if (!(constraint instanceof TypeBoundCheckConstraint)) {
      throw new ConstraintAlterNotSupportedException();
    }
    warn(
        "Skipping unsupported ALTER for creation of implicit constraint. Please refer to the"
            + " batch mode feature which allows for SQLite migrations using a copy-and-move"
            + " strategy.");
  }

  /**
   * {@code SQLiteImpl.drop_constraint}: a type-bound CHECK is skipped silently, anything else is
   * refused.
   *
   * @throws ConstraintAlterNotSupportedException for every explicit constraint
   */
  public void dropConstraint(Constraint constraint) {
    if (!(constraint instanceof TypeBoundCheckConstraint)) {
      throw new ConstraintAlterNotSupportedException();
    }
  }

  /**
   * {@code bulk_insert}: offline one INSERT per row with literal values; online one executemany of
   * the first row's columns ({@code multiinsert=True}) or one INSERT per row.
   *
   * @param table the table ({@code sa.table(...)} with its {@code sa.column(name, type)}s)
   * @param rows the rows, each a map from column name to Python value, in the order written
   * @param multiinsert {@code multiinsert=} (default True)
   */
  public void bulkInsert(Table table, List<Map<String, Object>> rows, boolean multiinsert) {
    if (sink.isOffline()) {
      BulkInsert.offline(table, rows, sink);
    } else if (rows.isEmpty()) {
      return;
    } else if (multiinsert) {
      sink.execute(BulkInsert.executemany(table, rows));
    } else {
      for (Map<String, Object> row : rows) {
        sink.execute(BulkInsert.single(table, row));
      }
    }
  }

  /** {@code execute(sql)}: a {@code text()} statement without parameter values. */
  public void execute(String sql) {
    execute(sql, Map.of());
  }

  /**
   * {@code execute(sa.text(sql).bindparams(**parameters))}. Offline the parameters are literals
   * with {@code literal_binds} (missing ones {@code NULL}), else placeholders; online they are
   * bound, each processed for the type SQLAlchemy infers from its Python value.
   */
  public void execute(String sql, Map<String, Object> parameters) {
    checkBindparams(sql, parameters);
    if (sink.isOffline()) {
      String text =
          options.literalBinds()
              ? TextClauses.literal(sql, parameters)
              : TextClauses.bound(sql, options.offlineParamstyle()).sql();
      sink.execute(new SqlStatement(text, SqlStatement.Kind.TEXT));
      return;
    }
    TextClauses.Bound bound = TextClauses.bound(sql, Paramstyle.QMARK);
    List<Object> values = new ArrayList<>();
    for (String name : bound.parameterNames()) {
      if (!parameters.containsKey(name)) {
        throw StatementErrors.missingValue(name, null, bound.sql(), null);
      }
      Object value = parameters.get(name);
      values.add(BindProcessor.process(value, BindProcessor.inferType(value)));
    }
    sink.execute(
        new SqlStatement(
            bound.sql(), SqlStatement.Kind.TEXT, values.isEmpty() ? List.of() : List.of(values)));
  }

  /**
   * Online {@code connection.execute(sa.text(sql).bindparams(**bound), parameters...)}: see {@link
   * TextExecution}.
   *
   * @param givenAsTuple whether the sets were given as separate arguments ({@code execute(text,
   *     {...}, {...})}), which SQLAlchemy shows as a tuple in a {@code StatementError}
   */
  public void executeText(
      String sql,
      Map<String, Object> bound,
      List<Map<String, Object>> parameterSets,
      boolean givenAsTuple) {
    checkBindparams(sql, bound);
    sink.execute(TextExecution.online(sql, bound, parameterSets, givenAsTuple));
  }

  // TextClause.bindparams() refuses names the text does not use.
  private static void checkBindparams(String sql, Map<String, Object> bound) {
    List<String> names = TextClauses.parameterNames(sql);
    for (String given : bound.keySet()) {
      if (!names.contains(given)) {
        throw new PythonException(
            PythonException.ARGUMENT_ERROR,
            "This text() construct doesn't define a bound parameter named '" + given + "'");
      }
    }
  }

  /**
   * Online {@code connection.execute("... ? ...", (1, 2))}: a plain string goes to the driver as
   * written, with the values unprocessed.
   */
  public void executeDriverSql(String sql, List<Object> values) {
    sink.execute(new SqlStatement(sql, SqlStatement.Kind.TEXT, List.of(values)));
  }

  /**
   * {@code execute(t.insert() / t.update() / t.delete() ...)}: offline written with literal values
   * ({@code literal_binds}) or placeholders, online executed with its values bound, each processed
   * for its type ({@code BindParameter.type}).
   */
  public void execute(DmlStatement statement) {
    if (sink.isOffline()) {
      DmlCompiler.Mode mode =
          options.literalBinds()
              ? DmlCompiler.Mode.LITERAL
              : options.offlineParamstyle() == Paramstyle.QMARK
                  ? DmlCompiler.Mode.QMARK
                  : DmlCompiler.Mode.NAMED;
      String sql = DmlCompiler.compile(statement, mode).sql();
      sink.execute(new SqlStatement(sql, SqlStatement.Kind.DML));
      return;
    }
    DmlCompiler.Compiled compiled = DmlCompiler.compile(statement, DmlCompiler.Mode.QMARK);
    List<Object> values = new ArrayList<>();
    for (DmlCompiler.Parameter p : compiled.parameters()) {
      try {
        values.add(BindProcessor.process(p.value(), p.type()));
      } catch (PythonException e) {
        // The processors run before any parameters are shown: the error has no [parameters: ].
        throw StatementErrors.processing(e, compiled.sql(), null);
      }
    }
    sink.execute(
        new SqlStatement(
            compiled.sql(), SqlStatement.Kind.DML, values.isEmpty() ? List.of() : List.of(values)));
  }

  /**
   * {@code SQLiteImpl.requires_recreate_in_batch}: a batch needs "move and copy" unless it only
   * adds columns (without a SQL-expression server default) and creates or drops indexes.
   */
  public boolean requiresRecreateInBatch(List<BatchOperation> operations) {
    for (BatchOperation op : operations) {
      if (op.name().equals("add_column")) {
        if (op.column().serverDefault() != null && op.column().serverDefault().isSqlExpression()) {
          return true;
        }
      } else if (!op.name().equals("create_index") && !op.name().equals("drop_index")) {
        return true;
      }
    }
    return false;
  }

  private String compile(AlterTable element) {
    return AlembicDdlCompiler.compile(element);
  }

  private void ddl(String sql) {
    sink.execute(new SqlStatement(sql, SqlStatement.Kind.DDL));
  }

  private void warn(String message) {
    warnings.accept(new PythonWarning("UserWarning", message));
  }
}
