/**
 * The {@code op} and {@code sa} of migration scripts: Alembic 1.8.1's {@code alembic.op} and
 * SQLAlchemy 1.4.46's {@code sqlalchemy} as native bindings of the static interpreter ({@code
 * migrationtutor.engine.pyeval}), driving {@link migrationtutor.engine.ddl.SqliteImpl}.
 *
 * <h2>Building the modules</h2>
 *
 * <ul>
 *   <li>For a migration run: {@code new OpBindings(impl, offline, flusher, context, warnings)},
 *       then {@link migrationtutor.engine.ops.OpBindings#loader} (or {@link
 *       migrationtutor.engine.ops.OpBindings#module}) in the interpreter's {@code ModuleLoader}. It
 *       answers {@code alembic}, {@code alembic.op}, {@code alembic.context} (the injected value,
 *       or Alembic's unestablished proxy when null) and every {@code sqlalchemy} module below. One
 *       instance per run: it remembers the engine exceptions of that run.
 *   <li>For reading files outside a run (revision files' module level, env.py, models): {@link
 *       migrationtutor.engine.ops.OpBindings#loadingLoader}, whose {@code op.*} raise Alembic's
 *       {@code NameError: Can't invoke function 'add_column', as the proxy object has not yet been
 *       established ...}, or just {@link migrationtutor.engine.ops.SqlAlchemyModules#create()}.
 * </ul>
 *
 * <p>{@code sqlalchemy}, {@code .types}, {@code .schema}, {@code .sql}, {@code .sql.expression},
 * {@code .sql.sqltypes}, {@code .exc}, {@code .pool}, {@code .engine}, {@code .dialects}, {@code
 * .dialects.sqlite}, {@code .postgresql} and {@code .mysql} are provided. {@code sqlalchemy.orm},
 * {@code sqlalchemy.ext.*} and the standard library ({@code enum}, {@code datetime}, {@code
 * typing}) are not: the loader passes those names on. A Python enum class given to {@code sa.Enum}
 * is recognised by a base whose {@code __name__} is {@code Enum}, {@code IntEnum}, {@code StrEnum},
 * {@code Flag} or {@code IntFlag} (or whose repr is {@code <enum 'Enum'>}).
 *
 * <h2>Values</h2>
 *
 * <p>Constructors bind their arguments with SQLAlchemy's real signatures and build the schema
 * model: {@link migrationtutor.engine.ops.SaType} (a {@code SqlType}), {@link
 * migrationtutor.engine.ops.SaColumn} (a {@code Column}, named later for declarative models),
 * {@link migrationtutor.engine.ops.SaTable} (what {@code op.create_table}, {@code sa.Table} and
 * {@code sa.table} return; the target of {@code op.bulk_insert}) and {@link
 * migrationtutor.engine.ops.SaMetaData} (its naming convention and tables). {@code op.f(name)}
 * returns the name. {@code op.get_bind()} returns a connection whose {@code execute()} runs
 * (online) or writes (offline) a statement; reading result rows is not supported. An argument the
 * tutor cannot know (a tolerant run's unknown value) makes a constructor's result unknown.
 *
 * <h2>Batch blocks</h2>
 *
 * <p>{@code with op.batch_alter_table(...) as batch_op:} records {@code batch_op.*} calls as {@link
 * migrationtutor.engine.batch.BatchOp}s, in the order Alembic's {@code BatchOperationsImpl} records
 * them (an added column's constraints and indexes after it, a type change's CHECK constraints
 * around it). When the block ends without an exception the runtime's {@link
 * migrationtutor.engine.ops.BatchFlusher} receives one {@link
 * migrationtutor.engine.batch.BatchRequest}; {@code batch_op.execute} runs at once.
 *
 * <h2>Errors</h2>
 *
 * <p>Everything a script does wrong surfaces as the Python exception the real tools raise, with
 * their messages: CPython's {@code TypeError}s for wrong arguments, SQLAlchemy's {@code
 * sqlalchemy.exc.ArgumentError}s, the impl's {@code NotImplementedError}, SQLite errors from the
 * sink as {@code sqlalchemy.exc.OperationalError}, Alembic's {@code alembic.util.exc.CommandError}.
 * A script may catch them. The engine exception behind one is available through {@link
 * migrationtutor.engine.ops.OpBindings#hostError} so the runtime can report it exactly ({@code
 * FAILED: ...} for a CommandError). Constructs the tutor does not model (schemas, {@code
 * sa.select()} and the rarer column methods, reflection) raise {@code NotImplementedError} naming
 * the construct and what to write instead.
 *
 * <h2>Data migrations</h2>
 *
 * <p>{@code t.insert().values(...)}, {@code t.update().where(...).values(...)} and {@code
 * t.delete().where(...)} on a {@code sa.table()} or Table are statements that {@code op.execute}
 * hands to the impl as {@link migrationtutor.engine.ddl.DmlStatement}s. Column expressions ({@code
 * t.c.x == 5}, {@code .is_(None)}, {@code .in_([...])}, {@code sa.and_}, {@code sa.case},
 * arithmetic, {@code sa.func}) are built by {@link migrationtutor.engine.ddl.SqlExpressions} with
 * SQLAlchemy's coercion rules. Python values (dates and Decimals included) become Java values where
 * they enter an operation.
 */
package migrationtutor.engine.ops;
