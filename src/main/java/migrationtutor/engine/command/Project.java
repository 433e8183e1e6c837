package migrationtutor.engine.command;

import migrationtutor.engine.env.EngineBindings;
import migrationtutor.engine.env.EnvPy;
import migrationtutor.engine.env.EnvironmentContext;
import migrationtutor.engine.env.RevisionScripts;
import migrationtutor.engine.load.PythonFiles;
import migrationtutor.engine.revision.RevisionLookup;
import migrationtutor.engine.revision.RevisionMap;
import migrationtutor.engine.runtime.MigrationContext;
import migrationtutor.engine.runtime.MigrationFn;
import migrationtutor.engine.script.ScriptDirectory;
import migrationtutor.engine.script.ScriptSettings;

/**
 * One command's view of the project: its script directory (Alembic's {@code
 * ScriptDirectory.from_config}), the revision files loaded on demand, and running env.py.
 */
final class Project {
  private final CommandContext ctx;
  private final EngineBindings bindings;
  private final PythonFiles files = new PythonFiles();
  private final RevisionScripts revisionScripts;
  private final ScriptDirectory scripts;

  Project(CommandContext ctx, EngineBindings bindings) {
    this.ctx = ctx;
    this.bindings = bindings;
    ScriptSettings settings = ScriptSettings.fromConfig(ctx.config());
    this.revisionScripts =
        new RevisionScripts(
            files,
            bindings,
            ctx.invocation().clock(),
            text -> {
              ctx.console().out().print(text);
              ctx.console().out().flush();
            });
    this.scripts =
        new ScriptDirectory(
            settings, revisionScripts, w -> ctx.console().err().print("UserWarning: " + w + "\n"));
  }

  ScriptDirectory scripts() {
    return scripts;
  }

  /** The revision graph; building it may fail, and callers decide how Alembic reports that. */
  RevisionMap map() {
    return scripts.revisionMap();
  }

  RevisionLookup lookup() {
    return new RevisionLookup(scripts::revisionMap);
  }

  /** Runs env.py online, with no range, tag or purge: the read-mostly commands' case. */
  EnvironmentContext runEnv(MigrationFn fn) {
    return runEnv(false, null, null, null, false, false, fn);
  }

  /** Runs env.py for a command ({@code with EnvironmentContext(...): script.run_env()}). */
  EnvironmentContext runEnv(
      boolean asSql,
      String startingRev,
      String destinationRev,
      String tag,
      boolean purge,
      boolean dontMutate,
      MigrationFn fn) {
    return runEnv(asSql, startingRev, destinationRev, tag, purge, dontMutate, fn, c -> {});
  }

  /**
   * Runs env.py for a command that needs the environment context while env.py runs (autogenerate
   * reads the models' tables from it).
   */
  EnvironmentContext runEnv(
      boolean asSql,
      String startingRev,
      String destinationRev,
      String tag,
      boolean purge,
      boolean dontMutate,
      MigrationFn fn,
      java.util.function.Consumer<EnvironmentContext> onStart) {
    MigrationContext.EnvironmentSettings settings =
        new MigrationContext.EnvironmentSettings(
            asSql, startingRev, purge, dontMutate, scripts, revisionScripts);
    return EnvPy.run(
        ctx,
        scripts,
        new EnvironmentContext.Request(settings, destinationRev, tag, fn, onStart),
        bindings,
        files,
        ctx.invocation().sandboxRoot());
  }
}
