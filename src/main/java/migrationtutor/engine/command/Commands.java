package migrationtutor.engine.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.env.EngineBindings;
import migrationtutor.engine.revision.RevisionNode;

/** Runs one Alembic command by name with its parsed options. */
final class Commands {
  private Commands() {}

  static void dispatch(
      CommandContext ctx, EngineBindings bindings, String command, Map<String, Object> ns)
      throws Exception {
    switch (command) {
      case "list_templates" -> InitCommand.listTemplates(ctx);
      case "init" ->
          InitCommand.init(
              ctx,
              str(ns, "directory"),
              ns.containsKey("template") ? str(ns, "template") : "generic",
              flag(ns, "package"));
      default -> dispatchInProject(ctx, new Project(ctx, bindings), command, ns);
    }
  }

  private static void dispatchInProject(
      CommandContext ctx, Project project, String command, Map<String, Object> ns)
      throws Exception {
    switch (command) {
      case "revision" ->
          RevisionCommands.revision(
              ctx,
              project,
              new RevisionCommands.Options(
                  str(ns, "message"),
                  flag(ns, "autogenerate"),
                  flag(ns, "sql"),
                  str(ns, "head"),
                  flag(ns, "splice"),
                  str(ns, "branch_label"),
                  str(ns, "version_path"),
                  str(ns, "rev_id"),
                  list(ns, "depends_on")));
      case "merge" ->
          RevisionCommands.merge(
              ctx,
              project,
              list(ns, "revisions"),
              str(ns, "message"),
              str(ns, "branch_label"),
              str(ns, "rev_id"));
      case "upgrade" ->
          MigrationCommands.upgrade(
              ctx, project, str(ns, "revision"), flag(ns, "sql"), str(ns, "tag"));
      case "downgrade" ->
          MigrationCommands.downgrade(
              ctx, project, str(ns, "revision"), flag(ns, "sql"), str(ns, "tag"));
      case "stamp" ->
          MigrationCommands.stamp(
              ctx,
              project,
              list(ns, "revisions"),
              flag(ns, "sql"),
              str(ns, "tag"),
              flag(ns, "purge"));
      case "current" -> MigrationCommands.current(ctx, project, flag(ns, "verbose"));
      case "ensure_version" -> MigrationCommands.ensureVersion(ctx, project, flag(ns, "sql"));
      case "history" -> history(ctx, project, ns);
      case "heads" ->
          HistoryCommands.heads(
              ctx, project.scripts(), flag(ns, "verbose"), flag(ns, "resolve_dependencies"));
      case "branches" -> HistoryCommands.branches(ctx, project.scripts(), flag(ns, "verbose"));
      case "show" -> show(ctx, project, str(ns, "rev"));
      case "edit" -> edit(ctx, project, str(ns, "rev"));
      case "check" -> AutogenerateRun.check(ctx, project);
      default -> throw new IllegalStateException("no such command: " + command);
    }
  }

  private static void history(CommandContext ctx, Project project, Map<String, Object> ns) {
    HistoryCommands.Range range = HistoryCommands.Range.parse(str(ns, "rev_range"));
    boolean verbose = flag(ns, "verbose");
    boolean indicate = flag(ns, "indicate_current");
    boolean environment =
        RevisionCommands.asBool(ctx.config().mainOption("revision_environment").orElse(null))
            || indicate;
    if (range.mentionsCurrent() || environment) {
      project.runEnv(
          (heads, context) -> {
            HistoryCommands.printHistory(ctx, project.scripts(), range, verbose, indicate, heads);
            return null;
          });
    } else {
      HistoryCommands.printHistory(ctx, project.scripts(), range, verbose, indicate, List.of());
    }
  }

  private static void show(CommandContext ctx, Project project, String rev) {
    if (rev.equals("current")) {
      project.runEnv(
          (heads, context) -> {
            HistoryCommands.show(
                ctx, project.scripts(), HistoryCommands.resolveAll(project.scripts(), heads));
            return null;
          });
    } else {
      HistoryCommands.show(ctx, project.scripts(), HistoryCommands.resolve(project.scripts(), rev));
    }
  }

  private static void edit(CommandContext ctx, Project project, String rev) throws Exception {
    if (rev.equals("current")) {
      project.runEnv(
          (heads, context) -> {
            if (heads.isEmpty()) {
              throw new CommandError("No current revisions");
            }
            for (RevisionNode node : HistoryCommands.resolveAll(project.scripts(), heads)) {
              openInEditor(ctx, project.scripts().script(node.id()).path());
            }
            return null;
          });
      return;
    }
    List<RevisionNode> nodes = HistoryCommands.resolve(project.scripts(), rev);
    if (nodes.isEmpty()) {
      throw new CommandError("No revision files indicated by symbol '" + rev + "'");
    }
    for (RevisionNode node : nodes) {
      openInEditor(ctx, project.scripts().script(node.id()).path());
    }
  }

  private static void openInEditor(CommandContext ctx, Path file) {
    try {
      ctx.invocation().editor().edit(file);
    } catch (Exception e) {
      throw new CommandError("Error executing editor (" + e.getMessage() + ")", e);
    }
  }

  private static String str(Map<String, Object> ns, String key) {
    return (String) ns.get(key);
  }

  private static boolean flag(Map<String, Object> ns, String key) {
    return Boolean.TRUE.equals(ns.get(key));
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Map<String, Object> ns, String key) {
    Object v = ns.get(key);
    return v == null ? List.of() : (List<String>) v;
  }
}
