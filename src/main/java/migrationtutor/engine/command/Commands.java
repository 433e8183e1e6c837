package migrationtutor.engine.command;

import java.util.Map;

/** Runs one Alembic command by name with its parsed options. */
final class Commands {
  private Commands() {}

  static void dispatch(CommandContext ctx, String command, Map<String, Object> ns)
      throws Exception {
    switch (command) {
      case "list_templates" -> InitCommand.listTemplates(ctx);
      case "init" -> InitCommand.init(ctx, (String) ns.get("directory"),
          (String) ns.getOrDefault("template", "generic"),
          Boolean.TRUE.equals(ns.get("package")));
      default -> throw new migrationtutor.engine.CommandError(
          "The tutor's engine cannot run 'alembic " + command + "' yet.");
    }
  }
}
