package migrationtutor.engine.batch;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.ddl.BatchOperation;
import migrationtutor.engine.ddl.SqlSink;
import migrationtutor.engine.ddl.SqliteImpl;
import migrationtutor.engine.reflect.Inspector;
import migrationtutor.engine.reflect.ReflectedColumn;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.sqlite.SqliteSession;

/**
 * Alembic 1.8.1's {@code BatchOperationsImpl.flush} on SQLite: what the end of a {@code with
 * op.batch_alter_table(...) as batch_op:} block does with the operations recorded in it.
 *
 * <p>With {@code recreate='never'}, or {@code 'auto'} when {@code
 * SQLiteImpl.requires_recreate_in_batch} says ALTER suffices (only added columns without a SQL
 * expression default, and index changes), each operation goes to {@link SqliteImpl} in order.
 * Otherwise the table is rebuilt by "move and copy": reflected from the live connection (or taken
 * from {@code copy_from}), changed in memory as {@code ApplyBatchImpl} does, and recreated through
 * {@code _alembic_tmp_<table>}.
 */
public final class BatchOperationsImpl {
  private static final Set<String> CONSTRAINT_TYPES =
      Set.of("foreignkey", "primary", "unique", "check");

  private BatchOperationsImpl() {}

  /**
   * Runs a finished batch block.
   *
   * <p>Errors are the ones the real block raises, at the same point: those Alembic raises while the
   * block records its operations come before any SQL ({@code CommandError} for {@code
   * insert_before}/{@code insert_after} without recreate, {@code TypeError} for a bad {@code
   * drop_constraint} type); the others come while flushing, after whatever SQL ran before them.
   * SQLite errors are the session's {@link migrationtutor.engine.PythonError}s; rolling back the
   * migration's transaction afterwards is the caller's job, as it is Alembic's.
   *
   * @param request the block's arguments and recorded operations (the entries of {@code
   *     BatchOperationsImpl.batch}, i.e. after {@code toimpl} added its constraint and index
   *     operations)
   * @param impl the SQLite impl, writing to {@code sink}
   * @param sink the same sink {@code impl} writes to; the row copy ({@code INSERT ... SELECT}) is
   *     sent to it directly as a compiled DML statement
   * @param liveConnection the connection to reflect from; empty in offline ({@code --sql}) mode
   * @param allWarnings receives SQLAlchemy's and Alembic's warnings, each text once
   * @throws CommandError offline without {@code copy_from} when the table must be recreated, and
   *     for {@code insert_before}/{@code insert_after} on an ALTER-only batch
   * @throws PythonException {@code ValueError}, {@code KeyError}, {@code TypeError}, {@code
   *     NoSuchTableError}, {@code CompileError} and the others Alembic and SQLAlchemy raise
   * @throws migrationtutor.engine.schema.UnsupportedConstructException for what the engine cannot
   *     rebuild (see the message)
   */
  public static void flush(
      BatchRequest request,
      SqliteImpl impl,
      SqlSink sink,
      Optional<SqliteSession> liveConnection,
      Consumer<PythonWarning> allWarnings) {
    Consumer<PythonWarning> warnings = onceEach(allWarnings);
    checkRecordedOperations(request, impl);
    if (!shouldRecreate(request, impl, request.ops())) {
      for (BatchOp op : request.ops()) {
        InPlaceOperations.apply(request.tableName(), op, impl);
      }
      return;
    }
    Table existing;
    boolean reflected;
    if (request.copyFrom() != null) {
      existing = request.copyFrom();
      reflected = false;
    } else {
      if (sink.isOffline()) {
        throw new CommandError(
            "This operation cannot proceed in --sql mode; batch mode with dialect sqlite requires"
                + " a live database connection with which to reflect the table \""
                + request.tableName()
                + "\". To generate a batch SQL migration script using table \"move and copy\", a"
                + " complete Table object should be passed to the \"copy_from\" argument of the"
                + " batch_alter_table() method so that table reflection can be skipped.");
      }
      SqliteSession session =
          liveConnection.orElseThrow(
              () -> new IllegalArgumentException("online batch mode needs the live connection"));
      Inspector inspector = new Inspector(session, warnings);
      existing =
          NamingConvention.apply(
              ReflectArgs.apply(
                  inspector.reflectTable(request.tableName(), BatchOperationsImpl::autogenReflect),
                  request.reflectArgs()),
              request.namingConvention());
      reflected = true;
    }
    ApplyBatchImpl batch = new ApplyBatchImpl(existing, reflected, request.partialReordering());
    for (BatchOp op : request.ops()) {
      apply(batch, op);
    }
    new BatchTableRebuild(batch, request.tableArgs(), request.tableKwargs(), warnings)
        .create(impl, sink);
  }

  // Every warning of a flush comes from one place for Python (the block's exit, contextlib.py:144,
  // where SQLAlchemy's _warnings_warn points past its own and Alembic's frames), so the "default"
  // warnings filter shows each text once: SQLAlchemy reflects indexes twice (get_indexes, then
  // again for get_unique_constraints) and warns about an expression index both times.
  private static Consumer<PythonWarning> onceEach(Consumer<PythonWarning> warnings) {
    Set<PythonWarning> seen = new java.util.HashSet<>();
    return w -> {
      if (seen.add(w)) {
        warnings.accept(w);
      }
    };
  }

  /**
   * {@code SQLiteImpl.autogen_column_reflect}, the {@code column_reflect} listener batch mode
   * reflects with: a default that is not a one-character number, a quoted string or already in
   * parentheses is put in parentheses, so {@code 2.5} and {@code CURRENT_TIMESTAMP} come back as
   * {@code DEFAULT (2.5)} and {@code DEFAULT (CURRENT_TIMESTAMP)}.
   */
  public static ReflectedColumn autogenReflect(ReflectedColumn column) {
    String d = column.defaultText();
    if (d == null
        || d.isEmpty()
        || matchesPython("^[0-9\\.]$", d)
        || matchesPython("^'.+'$", d)
        || matchesPython("^\\(.+\\)$", d)) {
      return column;
    }
    return column.withDefaultText("(" + d + ")");
  }

  // re.match: anchored at the start; '$' also matches before a final newline; '.' is not '\n'.
  private static boolean matchesPython(String regex, String text) {
    return java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.UNIX_LINES)
        .matcher(text)
        .lookingAt();
  }

  // BatchOperationsImpl._should_recreate over the operations recorded so far.
  private static boolean shouldRecreate(BatchRequest request, SqliteImpl impl, List<BatchOp> ops) {
    return switch (request.recreate()) {
      case "always" -> true;
      case "never" -> false;
      default -> {
        List<BatchOperation> asImpl = ops.stream().map(BatchOp::asImplOperation).toList();
        yield impl.requiresRecreateInBatch(asImpl);
      }
    };
  }

  // What Alembic checks while the block records: batch add_column refuses positions when the
  // batch would ALTER, and generic_constraint refuses an unknown constraint type.
  private static void checkRecordedOperations(BatchRequest request, SqliteImpl impl) {
    List<BatchOp> ops = request.ops();
    for (int i = 0; i < ops.size(); i++) {
      BatchOp op = ops.get(i);
      if (op instanceof BatchOp.AddColumn a
          && (notEmpty(a.insertBefore()) || notEmpty(a.insertAfter()))
          && !shouldRecreate(request, impl, ops.subList(0, i))) {
        throw new CommandError(
            "Can't specify insert_before or insert_after when using ALTER; please specify"
                + " recreate='always'");
      }
      if (op instanceof BatchOp.DropConstraint d
          && d.type() != null
          && !CONSTRAINT_TYPES.contains(d.type())) {
        throw new PythonException(
            "TypeError", "'type' can be one of 'check', 'foreignkey', 'primary', 'unique', None");
      }
    }
  }

  private static boolean notEmpty(String s) {
    return s != null && !s.isEmpty();
  }

  private static void apply(ApplyBatchImpl batch, BatchOp op) {
    if (op instanceof BatchOp.AddColumn a) {
      batch.addColumn(a.column(), a.insertBefore(), a.insertAfter());
    } else if (op instanceof BatchOp.DropColumn d) {
      batch.dropColumn(d.columnName());
    } else if (op instanceof BatchOp.AlterColumn a) {
      batch.alterColumn(a.alteration());
    } else if (op instanceof BatchOp.AddConstraint c) {
      batch.addConstraint(c.constraint());
    } else if (op instanceof BatchOp.DropConstraint d) {
      batch.dropConstraint(d.name());
    } else if (op instanceof BatchOp.CreateIndex c) {
      batch.createIndex(c.index());
    } else if (op instanceof BatchOp.DropIndex d) {
      batch.dropIndex(d.name());
    }
    // create_table_comment / drop_table_comment: the new table is created with its comment, and
    // SQLite has none, so ApplyBatchImpl does nothing for them.
  }

  /** The generic constraint {@code drop_constraint} hands the impl in ALTER mode. */
  static CheckConstraint genericConstraint(String name) {
    return new CheckConstraint("", name);
  }
}
