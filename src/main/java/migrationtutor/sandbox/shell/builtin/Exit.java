package migrationtutor.sandbox.shell.builtin;

import java.util.List;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.Printable;

/**
 * {@code exit [N]} and {@code quit}: ends the shell (the console then says goodbye; the workspace
 * keeps everything for the next session). In a Makefile recipe it ends that recipe line.
 */
final class Exit implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    int status = 0; // leaving the tutor is not a failure, whatever ran last
    if (!args.isEmpty()) {
      try {
        status = Integer.parseInt(args.get(0)) & 0xff;
      } catch (NumberFormatException e) {
        ctx.err()
            .print(
                "tutor: "
                    + ctx.name()
                    + ": "
                    + Printable.of(args.get(0))
                    + ": numeric argument required\n");
        status = 2;
      }
    }
    ctx.requestExit(status);
    return status;
  }

  @Override
  public List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    return List.of();
  }
}
