package migrationtutor.course;

/**
 * One thing a solution (or a known-wrong answer) does in the workspace: run a command line, change
 * lines of a file, or write a whole file. Paths are relative to the workspace root and may hold
 * {@code *} (the revision file's name starts with a random id), matching exactly one file.
 */
public sealed interface Action {
  /** The lesson line the action was written on. */
  int line();

  /** A command line typed at the workspace root, as the learner would type it. */
  record Run(int line, String command) implements Action {}

  /** Lines of an existing file replaced, written as a diff ({@code -} old, {@code +} new). */
  record Edit(int line, String path, Patch patch, String diff) implements Action {}

  /** A file written whole (created or replaced). */
  record Write(int line, String path, String content) implements Action {}
}
