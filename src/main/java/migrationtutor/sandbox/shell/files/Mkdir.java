package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.IoErrors;
import migrationtutor.sandbox.shell.Printable;
import migrationtutor.sandbox.workspace.Footprint;

/** {@code mkdir [-p] DIR...}: GNU mkdir's behaviour and messages (with its curly quotes). */
final class Mkdir implements Command {
  private static final Map<String, Character> LONG = Map.of("parents", 'p', "verbose", 'v');

  @Override
  public int run(CommandContext ctx, List<String> args) {
    Options o;
    try {
      o = Options.parse("mkdir", args, "pv", "", LONG);
    } catch (Options.UsageError e) {
      ctx.err().print(e.getMessage() + "\nTry 'help mkdir' for more information.\n");
      return 1;
    }
    if (o.operands.isEmpty()) {
      ctx.err().print("mkdir: missing operand\nTry 'help mkdir' for more information.\n");
      return 1;
    }
    int status = 0;
    for (String name : o.operands) {
      try {
        Path p = ctx.resolveForChange(name);
        if (o.has('p')) {
          if (!Files.isDirectory(p)) {
            create(ctx, p, o.has('v'));
          }
        } else {
          if (Files.exists(p)) {
            throw new java.nio.file.FileAlreadyExistsException(name);
          }
          if (!Files.isDirectory(p.getParent())) {
            throw Files.exists(p.getParent())
                ? new NotDirectoryException(name)
                : new NoSuchFileException(name);
          }
          Files.createDirectory(p);
          verbose(ctx, o.has('v'), p);
        }
      } catch (IOException e) {
        ctx.err()
            .print(
                "mkdir: cannot create directory ‘"
                    + Printable.of(name)
                    + "’: "
                    + IoErrors.describe(e)
                    + "\n");
        status = 1;
      }
    }
    return status;
  }

  private static void create(CommandContext ctx, Path p, boolean verbose) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path q = p; q != null && !Files.isDirectory(q); q = q.getParent()) {
      if (Files.exists(q)) {
        throw new NotDirectoryException(q.toString());
      }
      missing.add(0, q);
    }
    for (Path q : missing) {
      ctx.paths().checkChangeable(q, q.toString());
      Files.createDirectory(q);
      verbose(ctx, verbose, q);
    }
  }

  private static void verbose(CommandContext ctx, boolean on, Path p) {
    if (on) {
      ctx.out().print("mkdir: created directory '" + ctx.paths().relative(p) + "'\n");
    }
  }

  @Override
  public Footprint footprint(CommandContext ctx, List<String> args) {
    List<String> tops = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("-")) {
        continue;
      }
      try {
        Path p = ctx.resolve(a);
        Path top = p;
        for (Path q = p.getParent();
            q != null && ctx.paths().contains(q) && !Files.exists(q);
            q = q.getParent()) {
          top = q;
        }
        tops.add(top.toString());
      } catch (IOException e) {
        // reported when it runs
      }
    }
    return ctx.footprintOf(tops);
  }
}
