package migrationtutor.sandbox.shell.builtin;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.Printable;
import migrationtutor.sandbox.workspace.UndoResult;
import migrationtutor.sandbox.workspace.WorkspaceException;

/**
 * {@code undo}: puts back what the last changing command line changed (files and the database); run
 * again, it goes one more change back.
 */
final class Undo implements Command {
  private static final int MAX_SHOWN = 12;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  @Override
  public int run(CommandContext ctx, List<String> args) {
    if (!args.isEmpty()) {
      ctx.err().print("tutor: undo: takes no arguments; it undoes the last change\n");
      return 2;
    }
    Optional<UndoResult> r;
    try {
      r = ctx.workspace().undo().undo();
    } catch (WorkspaceException e) {
      ctx.err().print("tutor: undo: " + e.getMessage() + "\n");
      return 1;
    }
    if (r.isEmpty()) {
      ctx.err()
          .print(
              "tutor: undo: nothing to undo (no command has changed the workspace"
                  + " since it was created, or every change is undone)\n");
      return 1;
    }
    UndoResult u = r.get();
    String when = TIME.format(u.time().atZone(ctx.clock().getZone()));
    StringBuilder b = new StringBuilder();
    b.append("Undid: ")
        .append(Printable.of(u.command()))
        .append("  (run at ")
        .append(when)
        .append(")\n");
    int shown = 0;
    for (String change : u.changes()) {
      if (++shown > MAX_SHOWN) {
        b.append("  ... and ").append(u.changes().size() - MAX_SHOWN).append(" more\n");
        break;
      }
      b.append("  ").append(Printable.of(change)).append('\n');
    }
    ctx.out().print(b);
    if (u.partial()) {
      ctx.out().print("Some files were too large to keep for undo and were left as they are.\n");
    }
    int left = ctx.workspace().undo().size();
    ctx.out()
        .print(
            left == 0
                ? "Nothing more to undo.\n"
                : left + " earlier change" + (left == 1 ? "" : "s") + " can still be undone.\n");
    // The directory may be gone now (undo of mkdir): fall back to the nearest one that exists.
    java.nio.file.Path cwd = ctx.cwd();
    while (!java.nio.file.Files.isDirectory(cwd) && !cwd.equals(ctx.paths().root())) {
      cwd = cwd.getParent();
    }
    if (!cwd.equals(ctx.cwd())) {
      ctx.changeDirectory(cwd);
      ctx.out().print("Your directory is gone; you are now in " + ctx.paths().display(cwd) + ".\n");
    }
    return 0;
  }

  @Override
  public List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    return List.of();
  }
}
