package migrationtutor.sandbox.shell.builtin;

import java.util.List;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.CommandInfo;
import migrationtutor.sandbox.shell.Printable;

/** {@code help [COMMAND]}: what the sandbox's shell has, and how each command is used. */
final class Help implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    List<CommandInfo> all = ctx.commands();
    if (!args.isEmpty()) {
      int status = 0;
      for (String name : args) {
        CommandInfo info = all.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (info == null) {
          ctx.err()
              .print(
                  "tutor: help: no help topics match `"
                      + Printable.of(name)
                      + "'. Type help to see the commands.\n");
          status = 1;
        } else {
          ctx.out().print("Usage: " + info.usage() + "\n  " + info.summary() + "\n");
        }
      }
      return status;
    }
    StringBuilder b = new StringBuilder();
    b.append("The tutor's shell runs these commands inside your workspace (")
        .append(ctx.paths().root())
        .append(
            ").\nPaths stay inside it; > and >> write files, && and ;"
                + " join commands. Type help COMMAND for one.\n\n");
    int width = 0;
    for (CommandInfo c : all) {
      width = Math.max(width, c.name().length());
    }
    for (CommandInfo c : all) {
      b.append("  ")
          .append(c.name())
          .append(" ".repeat(width - c.name().length() + 2))
          .append(c.summary())
          .append('\n');
    }
    b.append(
        "\nUndo takes back the last command that changed files or the database;"
            + " quit (or Ctrl-D) leaves,\nand the next start resumes where you were.\n");
    ctx.out().print(b);
    return 0;
  }

  @Override
  public List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    return ctx.commands().stream()
        .filter(c -> c.name().startsWith(prefix))
        .map(c -> new Candidate(c.name(), c.summary(), true))
        .toList();
  }
}
