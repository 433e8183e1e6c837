package migrationtutor.sandbox.shell.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.IoErrors;
import migrationtutor.sandbox.shell.Printable;
import migrationtutor.sandbox.workspace.Footprint;

/**
 * {@code edit FILE} (also {@code nano}, {@code vim}, {@code vi}, {@code code}): opens a workspace
 * file in the front end's editor; the plain console starts the learner's {@code $VISUAL} or {@code
 * $EDITOR}. Undo can take the edit back.
 */
final class Edit implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    String name = ctx.name();
    List<String> files =
        args.stream().filter(a -> !a.startsWith("+") && !a.startsWith("-")).toList();
    if (files.size() != 1) {
      ctx.err().print(name + ": give one file to edit, for example: " + name + " alembic/env.py\n");
      return 2;
    }
    String file = files.get(0);
    try {
      Path p = ctx.resolveForChange(file);
      if (Files.isDirectory(p)) {
        ctx.err()
            .print(
                name
                    + ": "
                    + Printable.of(file)
                    + " is a folder; open one file in it,"
                    + " for example "
                    + name
                    + " "
                    + (file.endsWith("/") ? file : file + "/")
                    + "...\n");
        return 1;
      }
      if (!Files.isDirectory(p.getParent())) {
        throw new java.nio.file.NoSuchFileException(file);
      }
      ctx.out().flush();
      ctx.editor().edit(p, name);
      return 0;
    } catch (IOException e) {
      ctx.err().print(name + ": " + Printable.of(file) + ": " + IoErrors.describe(e) + "\n");
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    } catch (Exception e) {
      ctx.err().print(name + ": " + e.getMessage() + "\n");
      return 1;
    }
  }

  @Override
  public Footprint footprint(CommandContext ctx, List<String> args) {
    return ctx.footprintOf(
        args.stream().filter(a -> !a.startsWith("+") && !a.startsWith("-")).toList());
  }
}
