package migrationtutor.engine.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.autogen.AutogenContext;
import migrationtutor.engine.autogen.AutogenOptions;
import migrationtutor.engine.autogen.Autogenerate;
import migrationtutor.engine.autogen.MigrationScript;
import migrationtutor.engine.autogen.TargetMetadata;
import migrationtutor.engine.env.EnvironmentContext;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.reflect.Inspector;
import migrationtutor.engine.revision.RevisionNode;
import migrationtutor.engine.runtime.MigrationContext;
import migrationtutor.engine.runtime.MigrationOptions;

/**
 * Alembic's {@code RevisionContext.run_autogenerate}: env.py runs online, and inside its {@code
 * run_migrations()} the models are compared with the database. Used by {@code revision
 * --autogenerate} and {@code check}.
 */
final class AutogenerateRun {
  private final CommandContext ctx;
  private final Project project;
  private MigrationScript script;
  private AutogenOptions options;

  AutogenerateRun(CommandContext ctx, Project project) {
    this.ctx = ctx;
    this.project = project;
  }

  /**
   * Runs env.py and compares.
   *
   * @return whether env.py reached {@code run_migrations()} (else nothing was compared, and Alembic
   *     renders the template's defaults)
   */
  boolean run() {
    AtomicReference<EnvironmentContext> env = new AtomicReference<>();
    project.runEnv(
        false,
        null,
        null,
        null,
        false,
        false,
        (heads, migrationContext) -> {
          compare(env.get(), heads, migrationContext);
          return null;
        },
        env::set);
    return script != null;
  }

  /** The operations found, or null if env.py never ran the migrations. */
  MigrationScript script() {
    return script;
  }

  /** The options env.py configured, or null if env.py never ran the migrations. */
  AutogenOptions options() {
    return options;
  }

  // RevisionContext._run_environment with autogenerate=True, then AutogenContext's checks and
  // compare._populate_migration_script.
  private void compare(EnvironmentContext env, List<String> heads, MigrationContext mc) {
    if (!ids(project.lookup().getRevisions(heads))
        .equals(ids(project.lookup().getRevisions("heads")))) {
      throw new CommandError("Target database is not up to date.");
    }
    MigrationOptions o = mc.options();
    if (o.targetMetadata() == PyNone.NONE) {
      throw new CommandError(
          "Can't proceed with --autogenerate option; environment script "
              + project.scripts().envPy().toAbsolutePath().normalize()
              + " does not provide a MetaData object or sequence of objects to the context.");
    }
    TargetMetadata target = env.targetMetadata();
    options =
        AutogenOptions.defaults()
            .withRenderAsBatch(o.renderAsBatch())
            .withComparisons(o.compareType(), o.compareServerDefault())
            .withVersionTable(o.versionTable());
    AutogenContext autogen =
        new AutogenContext(
            target,
            new Inspector(mc.session(), mc::warn),
            options,
            (message, site) -> ctx.logging().info(AutogenContext.LOGGER_NAME, message, site),
            mc::warn);
    script = Autogenerate.produceMigrations(autogen);
  }

  private static Set<String> ids(List<RevisionNode> nodes) {
    Set<String> out = new HashSet<>();
    nodes.forEach(n -> out.add(n.id()));
    return out;
  }
}
