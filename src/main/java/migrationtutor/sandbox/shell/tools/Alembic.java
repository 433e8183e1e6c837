package migrationtutor.sandbox.shell.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import migrationtutor.engine.command.AlembicCli;
import migrationtutor.engine.command.Invocation;
import migrationtutor.engine.output.Console;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.workspace.Footprint;

/**
 * {@code alembic ...}: the embedded engine, run in the current directory with the workspace as its
 * sandbox root (so databases and files outside it are refused), the shell's exported variables as
 * its environment, and the learner's terminal width when they type at one (Alembic then indents and
 * wraps its messages as on a real terminal).
 */
final class Alembic implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    String columns = ctx.environment().get("COLUMNS");
    int width = ctx.terminalOutput() ? ctx.width() : 80;
    if (columns != null && columns.strip().matches("[1-9][0-9]{0,4}")) {
      width = Integer.parseInt(columns.strip());
    }
    Console console =
        Console.of(
            ctx.out(),
            ctx.err(),
            ctx.interactive() ? OptionalInt.of(ctx.width()) : OptionalInt.empty());
    Invocation inv =
        new Invocation(
            ctx.cwd(),
            args,
            ctx.environment(),
            console,
            width,
            ctx.clock(),
            file -> edit(ctx, file),
            ctx.paths().root());
    return AlembicCli.run(inv);
  }

  /** {@code alembic edit}: the learner's editor, on a workspace file only. */
  private static void edit(CommandContext ctx, Path file) throws Exception {
    Path p = file.toAbsolutePath().normalize();
    if (!ctx.paths().contains(p) || ctx.paths().isTutorPath(p)) {
      throw new Exception("the tutor only opens files inside the workspace, not " + p);
    }
    ctx.out().flush();
    ctx.editor().edit(p, "alembic edit");
  }

  @Override
  public Footprint footprint(CommandContext ctx, List<String> args) {
    return AlembicFootprint.of(ctx, args);
  }

  @Override
  public List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    return AlembicCompletion.complete(ctx, args, prefix);
  }
}
