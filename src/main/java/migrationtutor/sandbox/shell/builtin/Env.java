package migrationtutor.sandbox.shell.builtin;

import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;

/** {@code env}: the variables commands see (only the sandbox's own, never the host's others). */
final class Env implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    if (!args.isEmpty()) {
      ctx.err()
          .print(
              "tutor: env: running a command through env is not available in the"
                  + " tutor's shell; set the variable first: export NAME=value\n");
      return 125;
    }
    for (Map.Entry<String, String> e : ctx.environment().entrySet()) {
      ctx.out().print(e.getKey() + "=" + e.getValue() + "\n");
    }
    return 0;
  }
}
