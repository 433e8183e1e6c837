package migrationtutor.sandbox.shell.builtin;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;

/**
 * {@code read [-r] [-p PROMPT] [NAME]...}: one line of input into variables, as bash's builtin; the
 * prompt is shown only when the learner types at a terminal. Used by Makefile recipes that ask for
 * confirmation.
 */
final class Read implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    boolean raw = false;
    String prompt = null;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-r")) {
        raw = true;
      } else if (a.equals("-p")) {
        if (i + 1 >= args.size()) {
          ctx.err().print("tutor: read: -p: option requires an argument\n");
          return 2;
        }
        prompt = args.get(++i);
      } else if (a.startsWith("-") && names.isEmpty() && a.length() > 1) {
        ctx.err()
            .print(
                "tutor: read: "
                    + a
                    + ": invalid option\nread: usage: read [-r] [-p"
                    + " prompt] [name ...]\n");
        return 2;
      } else {
        if (!a.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          ctx.err().print("tutor: read: `" + a + "': not a valid identifier\n");
          return 1;
        }
        names.add(a);
      }
    }
    if (prompt != null && ctx.interactive()) {
      ctx.err().print(prompt);
      ctx.err().flush();
    }
    String line = ctx.in().readLine();
    if (line == null) {
      return 1;
    }
    if (!raw) {
      line = line.replaceAll("\\\\(.)", "$1");
    }
    if (names.isEmpty()) {
      ctx.setVariable("REPLY", line);
      return 0;
    }
    String rest = line.strip();
    for (int i = 0; i < names.size(); i++) {
      if (i == names.size() - 1) {
        ctx.setVariable(names.get(i), rest);
      } else {
        String[] split = rest.split("[ \t]+", 2);
        ctx.setVariable(names.get(i), split[0]);
        rest = split.length > 1 ? split[1] : "";
      }
    }
    return 0;
  }
}
