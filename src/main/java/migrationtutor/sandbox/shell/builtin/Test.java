package migrationtutor.sandbox.shell.builtin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.Printable;

/**
 * {@code test EXPR} and {@code [ EXPR ]}: bash's rules by argument count (up to four arguments),
 * with the string, integer and file tests a Makefile recipe uses, e.g. {@code [ "$$answer" = y ]}.
 * File tests are confined like everything else: a path outside the workspace is "not there".
 */
final class Test implements Command {
  private final boolean bracket;

  Test(boolean bracket) {
    this.bracket = bracket;
  }

  /** Reported as exit status 2, as bash does for a malformed expression. */
  private static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  @Override
  public int run(CommandContext ctx, List<String> args) {
    List<String> expr = args;
    if (bracket) {
      if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
        ctx.err().print("tutor: [: missing `]'\n");
        return 2;
      }
      expr = args.subList(0, args.size() - 1);
    }
    try {
      return evaluate(ctx, expr) ? 0 : 1;
    } catch (Malformed e) {
      ctx.err().print("tutor: " + ctx.name() + ": " + Printable.of(e.getMessage()) + "\n");
      return 2;
    }
  }

  private boolean evaluate(CommandContext ctx, List<String> a) throws Malformed {
    switch (a.size()) {
      case 0:
        return false;
      case 1:
        return !a.get(0).isEmpty();
      case 2:
        if (a.get(0).equals("!")) {
          return !evaluate(ctx, a.subList(1, 2));
        }
        return unary(ctx, a.get(0), a.get(1));
      case 3:
        if (isBinary(a.get(1))) {
          return binary(a.get(0), a.get(1), a.get(2));
        }
        if (a.get(0).equals("!")) {
          return !evaluate(ctx, a.subList(1, 3));
        }
        if (a.get(0).equals("(") && a.get(2).equals(")")) {
          return evaluate(ctx, a.subList(1, 2));
        }
        throw new Malformed(a.get(1) + ": binary operator expected");
      case 4:
        if (a.get(0).equals("!")) {
          return !evaluate(ctx, a.subList(1, 4));
        }
        throw new Malformed("too many arguments");
      default:
        throw new Malformed("too many arguments");
    }
  }

  private static boolean isBinary(String op) {
    return List.of("=", "==", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge").contains(op);
  }

  private static boolean unary(CommandContext ctx, String op, String arg) throws Malformed {
    switch (op) {
      case "-z":
        return arg.isEmpty();
      case "-n":
        return !arg.isEmpty();
      case "-e", "-f", "-d", "-s", "-r", "-w", "-x":
        return file(ctx, op, arg);
      default:
        throw new Malformed(op + ": unary operator expected");
    }
  }

  private static boolean file(CommandContext ctx, String op, String arg) {
    try {
      Path p = ctx.resolve(arg);
      return switch (op) {
        case "-e" -> Files.exists(p);
        case "-f" -> Files.isRegularFile(p);
        case "-d" -> Files.isDirectory(p);
        case "-s" -> Files.isRegularFile(p) && Files.size(p) > 0;
        case "-r" -> Files.isReadable(p);
        case "-w" -> Files.isWritable(p) && !ctx.paths().isTutorPath(p);
        default -> Files.isExecutable(p);
      };
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean binary(String l, String op, String r) throws Malformed {
    switch (op) {
      case "=", "==":
        return l.equals(r);
      case "!=":
        return !l.equals(r);
      default:
        long a = integer(l);
        long b = integer(r);
        return switch (op) {
          case "-eq" -> a == b;
          case "-ne" -> a != b;
          case "-lt" -> a < b;
          case "-le" -> a <= b;
          case "-gt" -> a > b;
          default -> a >= b;
        };
    }
  }

  private static long integer(String s) throws Malformed {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      throw new Malformed(s + ": integer expression expected");
    }
  }
}
