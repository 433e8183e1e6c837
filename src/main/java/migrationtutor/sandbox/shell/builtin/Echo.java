package migrationtutor.sandbox.shell.builtin;

import java.util.List;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;

/**
 * {@code echo [-neE] [ARG]...}: bash's builtin. Options are only options when every letter is one
 * of {@code n}, {@code e}, {@code E}; {@code -e} interprets the backslash escapes.
 */
final class Echo implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    boolean newline = true;
    boolean escapes = false;
    int i = 0;
    while (i < args.size() && args.get(i).matches("-[neE]+")) {
      for (char c : args.get(i).substring(1).toCharArray()) {
        if (c == 'n') {
          newline = false;
        } else {
          escapes = c == 'e';
        }
      }
      i++;
    }
    StringBuilder b = new StringBuilder();
    for (int k = i; k < args.size(); k++) {
      if (k > i) {
        b.append(' ');
      }
      if (escapes) {
        if (Escapes.interpret(args.get(k), b)) {
          ctx.out().print(b);
          return 0;
        }
      } else {
        b.append(args.get(k));
      }
    }
    if (newline) {
      b.append('\n');
    }
    ctx.out().print(b);
    return 0;
  }
}
