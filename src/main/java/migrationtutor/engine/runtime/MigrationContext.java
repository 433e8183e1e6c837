package migrationtutor.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.command.CommandContext;
import migrationtutor.engine.ddl.ImplOptions;
import migrationtutor.engine.ddl.SqlSink;
import migrationtutor.engine.ddl.SqliteImpl;
import migrationtutor.engine.ddl.VersionTableSql;
import migrationtutor.engine.output.Level;
import migrationtutor.engine.output.Logging;
import migrationtutor.engine.revision.InternalRevisionError;
import migrationtutor.engine.revision.MigrationPlan;
import migrationtutor.engine.revision.MigrationPlanner;
import migrationtutor.engine.revision.MigrationStep;
import migrationtutor.engine.revision.RevisionCommandException;
import migrationtutor.engine.revision.RevisionStep;
import migrationtutor.engine.revision.VersionChange;
import migrationtutor.engine.script.Script;
import migrationtutor.engine.script.ScriptDirectory;
import migrationtutor.engine.sqlite.OnlineSqlSink;
import migrationtutor.engine.sqlite.SqliteSession;
import migrationtutor.engine.util.PythonRepr;

/**
 * Alembic's {@code MigrationContext}: the version table, the current heads, and running the steps a
 * command planned — each step's script, then its version-table bookkeeping.
 *
 * <p>SQLite's DDL is not transactional ("Will assume non-transactional DDL."): each step commits
 * its implicit transaction when it ends and rolls it back when it fails, so a failing step keeps
 * the DDL it already ran but never moves the version table (see {@link SqliteSession}).
 */
public final class MigrationContext {
  private static final String LOGGER = "alembic.runtime.migration";
  private final CommandContext ctx;
  private final EnvironmentSettings env;
  private final MigrationOptions options;
  private final SqliteSession session;
  private final SqlSink sink;
  private final SqliteImpl impl;
  private final VersionTableSql versionTable;
  private final String url;

  /** What the command set up before env.py ran ({@code EnvironmentContext}'s arguments). */
  public record EnvironmentSettings(
      boolean asSql,
      String startingRev,
      boolean purge,
      boolean dontMutate,
      ScriptDirectory scripts,
      ScriptRunner scriptRunner) {}

  /**
   * Creates the context and logs its three (or, offline, two) context lines, as {@code
   * MigrationContext.__init__} does.
   *
   * @param session the live database, or null in {@code --sql} mode
   * @param url the database URL as {@code current -v} prints it
   */
  public MigrationContext(
      CommandContext ctx,
      EnvironmentSettings env,
      MigrationOptions options,
      SqliteSession session,
      String url) {
    this.ctx = ctx;
    this.url = url;
    this.env = env;
    this.options = options;
    this.session = session;
    this.sink = env.asSql() ? new OfflineSqlSink(ctx.console().out()) : new OnlineSqlSink(session);
    this.impl =
        new SqliteImpl(
            sink,
            env.asSql() && options.literalBinds()
                ? ImplOptions.offlineEnvPy()
                : ImplOptions.plain(),
            this::warn);
    this.versionTable = new VersionTableSql(options.versionTable());
    ctx.logging().info(LOGGER, "Context impl SQLiteImpl.", site("__init__", 204));
    if (env.asSql()) {
      ctx.logging().info(LOGGER, "Generating static SQL", site("__init__", 206));
    }
    ctx.logging().info(LOGGER, "Will assume non-transactional DDL.", site("__init__", 207));
  }

  /** The command's context. */
  public CommandContext commandContext() {
    return ctx;
  }

  /** Whether this is an offline ({@code --sql}) run. */
  public boolean asSql() {
    return env.asSql();
  }

  /** The database URL with any password hidden. */
  public String url() {
    return url;
  }

  /** Writes the version table's CREATE TABLE in {@code --sql} mode ({@code ensure_version}). */
  public void createVersionTableOffline() {
    impl.createTable(versionTable.table());
  }

  /** The options env.py configured. */
  public MigrationOptions options() {
    return options;
  }

  /** The impl migration operations run on. */
  public SqliteImpl impl() {
    return impl;
  }

  /** Where this context's statements go (the live database, or stdout offline). */
  public SqlSink sink() {
    return sink;
  }

  /** Receives SQLAlchemy and Alembic warnings, printed as Python prints UserWarnings. */
  public void warn(migrationtutor.engine.schema.PythonWarning warning) {
    ctx.console().err().print(warning.category() + ": " + warning.message() + "\n");
    ctx.console().err().flush();
  }

  /** The live database, or null offline. */
  public SqliteSession session() {
    return session;
  }

  /** The script directory. */
  public ScriptDirectory scripts() {
    return env.scripts();
  }

  /**
   * The revisions the database is at: the version table's rows online, the {@code from} part of a
   * {@code from:to} range offline.
   */
  public List<String> currentHeads() {
    if (env.asSql()) {
      String start = env.startingRev();
      if (start == null || start.equals("base")) {
        return List.of();
      }
      return offlineStartingHeads(start);
    }
    if (!session.hasTable(options.versionTable())) {
      return List.of();
    }
    List<String> heads = new ArrayList<>();
    for (List<Object> row :
        session.query(
            "SELECT " + quoted("version_num") + " FROM " + quoted(options.versionTable()),
            List.of())) {
      heads.add(String.valueOf(row.get(0)));
    }
    return heads;
  }

  /**
   * The {@code from} revision of an offline range, resolved by {@code script.get_revision}, which
   * Alembic wraps in {@code _catch_revision_errors}: an unknown or ambiguous id (or a list such as
   * {@code a,b}) is a {@code FAILED:} command error raised from inside env.py's run_migrations.
   */
  private List<String> offlineStartingHeads(String start) {
    try {
      return new MigrationPlanner(env.scripts().revisionMap()).offlineStartingHeads(start);
    } catch (RevisionCommandException e) {
      throw new CommandError(e.getMessage(), e);
    } catch (InternalRevisionError e) {
      String line = e.pythonError();
      int colon = line.indexOf(": ");
      throw colon < 0
          ? new PythonError(line, "")
          : new PythonError(line.substring(0, colon), line.substring(colon + 2));
    }
  }

  private static String quoted(String name) {
    return migrationtutor.engine.ddl.SqliteIdentifierPreparer.quote(name);
  }

  /** Creates the version table if it is missing; with purge, empties it. */
  public void ensureVersionTable(boolean purge) {
    if (!session.hasTable(options.versionTable())) {
      impl.createTable(versionTable.table());
    }
    if (purge) {
      session.execute("DELETE FROM " + quoted(options.versionTable()), List.of());
      session.commit();
    }
  }

  /** Alembic's {@code run_migrations}: plan with the current heads, then run every step. */
  public void runMigrations(MigrationFn fn) {
    List<String> heads;
    if (env.purge()) {
      if (env.asSql()) {
        throw new CommandError("Can't use --purge with --sql mode");
      }
      ensureVersionTable(true);
      heads = List.of();
    } else {
      heads = currentHeads();
      if (!env.asSql() && heads.isEmpty() && !env.dontMutate()) {
        ensureVersionTable(false);
      }
    }
    MigrationPlan plan = fn.apply(heads, this);
    if (plan == null) {
      // No steps (current, ensure_version, revision with revision_environment): offline, a run
      // that ends with no heads still drops the version table, as Alembic's loop epilogue does.
      if (env.asSql() && heads.isEmpty()) {
        impl.dropTable(options.versionTable());
      }
      return;
    }
    plan.warnings().forEach(w -> ctx.console().err().print("UserWarning: " + w + "\n"));
    for (MigrationStep step : plan.steps()) {
      runStep(step);
    }
    if (plan.bookkeepingFailure() != null) {
      throw plan.bookkeepingFailure();
    }
    if (env.asSql() && plan.versionTableEmptyAtEnd()) {
      impl.dropTable(options.versionTable());
    }
  }

  private void runStep(MigrationStep step) {
    try {
      if (env.asSql() && step.headsBefore().isEmpty()) {
        impl.createTable(versionTable.table());
      }
      String doc = step instanceof RevisionStep r ? docOf(r.revision()) : "";
      ctx.logging().info(LOGGER, "Running " + step.description(doc), site("run_migrations", 618));
      if (env.asSql()) {
        ((OfflineSqlSink) sink).staticOutput("-- Running " + step.shortLog());
      }
      if (step instanceof RevisionStep r) {
        Script script = env.scripts().script(r.revision());
        env.scriptRunner().run(script, r.isUpgrade(), this);
      }
      String debug = headMaintainerDebug(step.versionChanges());
      ctx.logging()
          .log(
              LOGGER,
              Level.DEBUG,
              debug,
              site(
                  "update_to_step",
                  debug.startsWith("branch delete")
                      ? 814
                      : debug.startsWith("new branch")
                          ? 818
                          : debug.startsWith("merge")
                              ? 827
                              : debug.startsWith("unmerge") ? 842 : 853));
      for (VersionChange change : step.versionChanges()) {
        sink.execute(versionSql(change));
      }
      if (session != null) {
        session.commit();
      }
    } catch (RuntimeException e) {
      if (session != null) {
        session.rollback();
      }
      throw e;
    }
  }

  /** A logging call in alembic/runtime/migration.py (Alembic 1.8.1 line numbers). */
  private static Logging.Site site(String function, int line) {
    return new Logging.Site("migration.py", function, line);
  }

  /**
   * The DEBUG line {@code HeadMaintainer.update_to_step} logs for a step's version changes: {@code
   * branch delete x}, {@code new branch insert x}, {@code merge, delete ['a'], update b to c},
   * {@code unmerge, insert ('a',), update b to c} or {@code update a to b}.
   */
  static String headMaintainerDebug(List<VersionChange> changes) {
    List<String> deletes = new ArrayList<>();
    List<String> inserts = new ArrayList<>();
    VersionChange.Update update = null;
    for (VersionChange c : changes) {
      if (c instanceof VersionChange.Delete d) {
        deletes.add(d.version());
      } else if (c instanceof VersionChange.Insert i) {
        inserts.add(i.version());
      } else {
        update = (VersionChange.Update) c;
      }
    }
    if (update == null) {
      return deletes.isEmpty()
          ? "new branch insert " + String.join(", ", inserts)
          : "branch delete " + String.join(", ", deletes);
    }
    String move = "update " + update.from() + " to " + update.to();
    if (!deletes.isEmpty()) {
      return "merge, delete " + PythonRepr.list(deletes) + ", " + move;
    }
    if (!inserts.isEmpty()) {
      return "unmerge, insert " + PythonRepr.tuple(inserts) + ", " + move;
    }
    return move;
  }

  private String docOf(String id) {
    Script s = env.scripts().script(id);
    return s == null ? "" : s.doc();
  }

  private migrationtutor.engine.ddl.SqlStatement versionSql(VersionChange change) {
    if (change instanceof VersionChange.Insert i) {
      return versionTable.insert(i.version());
    }
    if (change instanceof VersionChange.Update u) {
      return versionTable.update(u.from(), u.to());
    }
    return versionTable.delete(((VersionChange.Delete) change).version());
  }
}
