package migrationtutor.sandbox.shell.builtin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.FileCompletion;
import migrationtutor.sandbox.shell.IoErrors;
import migrationtutor.sandbox.shell.Printable;

/** {@code cd [DIR]}: bash's builtin, kept inside the workspace (whose root is {@code ~}). */
final class Cd implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    if (args.size() > 1) {
      ctx.err().print("tutor: cd: too many arguments\n");
      return 1;
    }
    String target = args.isEmpty() ? ctx.paths().root().toString() : args.get(0);
    boolean back = target.equals("-");
    if (back) {
      if (ctx.previousDirectory() == null) {
        ctx.err().print("tutor: cd: OLDPWD not set\n");
        return 1;
      }
      target = ctx.previousDirectory().toString();
    }
    try {
      Path dir = ctx.resolve(target);
      if (!Files.exists(dir)) {
        throw new java.nio.file.NoSuchFileException(target);
      }
      if (!Files.isDirectory(dir)) {
        ctx.err().print("tutor: cd: " + Printable.of(target) + ": Not a directory\n");
        return 1;
      }
      ctx.changeDirectory(dir.toRealPath());
      if (back) {
        ctx.out().print(ctx.cwd() + "\n");
      }
      return 0;
    } catch (IOException e) {
      ctx.err().print("tutor: cd: " + Printable.of(target) + ": " + IoErrors.describe(e) + "\n");
      return 1;
    }
  }

  @Override
  public List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    return args.isEmpty() ? FileCompletion.files(ctx, prefix, true) : List.of();
  }
}
