package migrationtutor.sandbox.shell.builtin;

import java.util.List;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.Printable;

/**
 * {@code history [N]} and {@code history -c}: the workspace's command history, numbered as bash
 * prints it; it survives quitting and resuming.
 */
final class History implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    List<String> all = ctx.history();
    int from = 0;
    if (args.size() == 1 && args.get(0).equals("-c")) {
      ctx.clearHistory();
      return 0;
    }
    if (args.size() == 1) {
      try {
        int n = Integer.parseInt(args.get(0));
        if (n < 0) {
          throw new NumberFormatException();
        }
        from = Math.max(0, all.size() - n);
      } catch (NumberFormatException e) {
        ctx.err()
            .print(
                "tutor: history: " + Printable.of(args.get(0)) + ": numeric argument required\n");
        return 1;
      }
    } else if (args.size() > 1) {
      ctx.err().print("tutor: history: too many arguments\n");
      return 1;
    }
    StringBuilder b = new StringBuilder();
    for (int i = from; i < all.size(); i++) {
      b.append(String.format("%5d  %s%n", i + 1, Printable.of(all.get(i))));
    }
    ctx.out().print(b);
    return 0;
  }

  @Override
  public List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    return List.of();
  }
}
