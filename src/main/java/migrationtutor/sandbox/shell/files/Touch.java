package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.IoErrors;
import migrationtutor.sandbox.shell.Printable;
import migrationtutor.sandbox.workspace.Footprint;

/** {@code touch FILE...}: creates empty files, or sets an existing file's time to now. */
final class Touch implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    if (args.isEmpty()) {
      ctx.err().print("touch: missing file operand\nTry 'help touch' for more information.\n");
      return 1;
    }
    int status = 0;
    for (String name : args) {
      if (name.startsWith("-") && name.length() > 1) {
        ctx.err()
            .print(
                "touch: option "
                    + Printable.quoted(name)
                    + " is not available in the"
                    + " tutor's shell\n");
        return 1;
      }
      try {
        Path p = ctx.resolveForChange(name);
        if (Files.exists(p)) {
          Files.setLastModifiedTime(p, FileTime.from(ctx.clock().instant()));
        } else {
          if (!Files.isDirectory(p.getParent())) {
            throw new NoSuchFileException(name);
          }
          Files.createFile(p);
        }
      } catch (IOException e) {
        ctx.err()
            .print(
                "touch: cannot touch "
                    + Printable.quoted(name)
                    + ": "
                    + IoErrors.describe(e)
                    + "\n");
        status = 1;
      }
    }
    return status;
  }

  @Override
  public Footprint footprint(CommandContext ctx, List<String> args) {
    return ctx.footprintOf(args);
  }
}
