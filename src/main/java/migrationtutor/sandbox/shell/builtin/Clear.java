package migrationtutor.sandbox.shell.builtin;

import java.util.List;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;

/**
 * {@code clear}: clears a terminal screen with the sequence {@code clear} prints for xterm-like
 * terminals (home, erase screen, erase scroll-back); prints nothing into a file or a pipe.
 */
final class Clear implements Command {
  static final String SEQUENCE = "\033[H\033[2J\033[3J";

  @Override
  public int run(CommandContext ctx, List<String> args) {
    if (ctx.terminalOutput()) {
      ctx.out().print(SEQUENCE);
    }
    return 0;
  }

  @Override
  public List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    return List.of();
  }
}
