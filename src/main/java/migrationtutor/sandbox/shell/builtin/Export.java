package migrationtutor.sandbox.shell.builtin;

import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.Printable;

/**
 * {@code export [NAME[=VALUE]]...} and {@code unset NAME...}: variables that env.py can read with
 * {@code os.getenv} (for example {@code export DATABASE_URL=sqlite:///database.db}).
 */
final class Export implements Command {
  private final boolean unset;

  Export(boolean unset) {
    this.unset = unset;
  }

  @Override
  public int run(CommandContext ctx, List<String> args) {
    if (!unset && (args.isEmpty() || args.equals(List.of("-p")))) {
      for (Map.Entry<String, Boolean> v : ctx.variables().entrySet()) {
        if (v.getValue()) {
          ctx.out()
              .print(
                  "declare -x "
                      + v.getKey()
                      + "=\""
                      + ctx.variable(v.getKey()).replace("\\", "\\\\").replace("\"", "\\\"")
                      + "\"\n");
        }
      }
      return 0;
    }
    int status = 0;
    for (String a : args) {
      int eq = a.indexOf('=');
      String name = eq < 0 ? a : a.substring(0, eq);
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || unset && eq >= 0) {
        ctx.err()
            .print(
                "tutor: " + ctx.name() + ": `" + Printable.of(a) + "': not a valid identifier\n");
        status = 1;
        continue;
      }
      if (unset) {
        ctx.unset(name);
      } else {
        if (eq >= 0) {
          ctx.setVariable(name, a.substring(eq + 1));
        }
        ctx.export(name);
      }
    }
    return status;
  }

  @Override
  public List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    return ctx.variables().keySet().stream()
        .filter(v -> v.startsWith(prefix))
        .map(v -> new Candidate(v, "", !unset ? false : true))
        .toList();
  }
}
