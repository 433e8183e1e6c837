package migrationtutor.sandbox.shell.builtin;

import java.util.List;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;

/** {@code pwd}: the current directory's absolute path, as Alembic's messages show paths too. */
final class Pwd implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    for (String a : args) {
      if (!a.equals("-L") && !a.equals("-P")) {
        ctx.err().print("tutor: pwd: " + a + ": invalid option\npwd: usage: pwd [-LP]\n");
        return 2;
      }
    }
    ctx.out().print(ctx.cwd() + "\n");
    return 0;
  }

  @Override
  public List<migrationtutor.sandbox.shell.Candidate> complete(
      CommandContext ctx, List<String> args, String prefix) {
    return List.of();
  }
}
