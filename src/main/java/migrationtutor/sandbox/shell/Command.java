package migrationtutor.sandbox.shell;

import java.util.List;
import migrationtutor.sandbox.workspace.Footprint;

/** One command of the tutor's shell ({@code ls}, {@code alembic}, {@code make}, ...). */
public interface Command {
  /**
   * Runs the command and returns its exit status, as the real tool would. Output goes only to the
   * context's streams; exceptions other than I/O errors are the shell's to report.
   *
   * @param args the arguments after the command name, expanded
   */
  int run(CommandContext ctx, List<String> args);

  /**
   * What the command may change in the workspace, for undo; nothing by default. Called before
   * {@link #run} with the same arguments.
   */
  default Footprint footprint(CommandContext ctx, List<String> args) {
    return Footprint.NONE;
  }

  /**
   * Completions for the word at the cursor, {@code prefix}, after the arguments {@code args}
   * (quotes removed, not expanded); file names by default.
   */
  default List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    return FileCompletion.files(ctx, prefix, false);
  }
}
