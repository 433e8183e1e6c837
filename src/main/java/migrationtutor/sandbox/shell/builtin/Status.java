package migrationtutor.sandbox.shell.builtin;

import java.util.List;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;

/** {@code true} and {@code false}: nothing but an exit status. */
final class Status implements Command {
  private final int status;

  Status(int status) {
    this.status = status;
  }

  @Override
  public int run(CommandContext ctx, List<String> args) {
    return status;
  }

  @Override
  public List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    return List.of();
  }
}
