package migrationtutor.engine.command;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.revision.MigrationPlanner;
import migrationtutor.engine.revision.RevisionErrorContext;
import migrationtutor.engine.revision.RevisionNode;
import migrationtutor.engine.script.ScriptFormat;

/**
 * {@code upgrade}, {@code downgrade}, {@code stamp}, {@code current} and {@code ensure_version}:
 * the commands that run env.py and hand {@code run_migrations} their work, as in command.py.
 */
final class MigrationCommands {
  private MigrationCommands() {}

  /** A {@code from:to} argument split as Python's {@code revision.split(":", 2)} unpacks it. */
  record Range(String from, String to) {
    static Range split(String revision) {
      String[] parts = revision.split(":", -1);
      if (parts.length > 2) {
        throw new PythonError("ValueError", "too many values to unpack (expected 2)");
      }
      return new Range(parts[0], parts[1]);
    }
  }

  static void upgrade(
      CommandContext ctx, Project project, String revision, boolean sql, String tag) {
    String starting = null;
    String destination = revision;
    if (revision.contains(":")) {
      if (!sql) {
        throw new CommandError("Range revision not allowed");
      }
      Range r = Range.split(revision);
      starting = r.from();
      destination = r.to();
    }
    String target = destination;
    project.runEnv(
        sql,
        starting,
        destination,
        tag,
        false,
        false,
        (heads, context) ->
            RevisionErrors.caught(
                RevisionErrorContext.upgrade(target),
                () -> new MigrationPlanner(project.map()).upgrade(heads, target)));
  }

  static void downgrade(
      CommandContext ctx, Project project, String revision, boolean sql, String tag) {
    String starting = null;
    String destination = revision;
    if (revision.contains(":")) {
      if (!sql) {
        throw new CommandError("Range revision not allowed");
      }
      Range r = Range.split(revision);
      starting = r.from();
      destination = r.to();
    } else if (sql) {
      throw new CommandError("downgrade with --sql requires <fromrev>:<torev>");
    }
    String target = destination;
    project.runEnv(
        sql,
        starting,
        destination,
        tag,
        false,
        false,
        (heads, context) ->
            RevisionErrors.caught(
                RevisionErrorContext.downgrade(target),
                () -> new MigrationPlanner(project.map()).downgrade(heads, target)));
  }

  static void stamp(
      CommandContext ctx,
      Project project,
      List<String> revisions,
      boolean sql,
      String tag,
      boolean purge) {
    List<String> destinations = new ArrayList<>();
    String starting = null;
    if (sql) {
      for (String rev : revisions) {
        String dest = rev;
        if (rev.contains(":")) {
          Range r = Range.split(rev);
          if (starting != null && !starting.equals(r.from())) {
            throw new CommandError(
                "Stamp operation with --sql only supports a single starting"
                    + " revision at a time");
          }
          starting = r.from();
          dest = r.to();
        }
        destinations.add(dest);
      }
    } else {
      destinations.addAll(revisions);
    }
    project.runEnv(
        sql,
        starting,
        null,
        tag,
        purge,
        false,
        (heads, context) ->
            RevisionErrors.caught(
                RevisionErrorContext.stamp(),
                () -> new MigrationPlanner(project.map()).stamp(heads, destinations, purge)));
  }

  static void current(CommandContext ctx, Project project, boolean verbose) {
    project.runEnv(
        false,
        null,
        null,
        null,
        false,
        true,
        (heads, context) -> {
          if (verbose) {
            ctx.printStdout("Current revision(s) for " + context.url() + ":");
          }
          List<RevisionNode> nodes =
              RevisionErrors.caught(
                  RevisionErrorContext.defaults(), () -> project.lookup().getAllCurrent(heads));
          for (RevisionNode node : nodes) {
            ctx.printStdout(
                ScriptFormat.cmdFormat(
                    project.scripts().script(node.id()),
                    node,
                    new ScriptFormat.Options(verbose, false, false, false, true, false)));
          }
          return null;
        });
  }

  static void ensureVersion(CommandContext ctx, Project project, boolean sql) {
    project.runEnv(
        sql,
        null,
        null,
        null,
        false,
        false,
        (heads, context) -> {
          if (context.asSql()) {
            context.createVersionTableOffline();
          } else {
            context.ensureVersionTable(false);
          }
          return null;
        });
  }
}
