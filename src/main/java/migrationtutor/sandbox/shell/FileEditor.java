package migrationtutor.sandbox.shell;

import java.nio.file.Path;

/**
 * Opens a workspace file for the learner to edit and returns when they are done: the plain console
 * starts the learner's own editor ({@link ExternalEditor}); a full-screen front end can supply a
 * built-in one. The shell only ever passes files inside the workspace.
 */
@FunctionalInterface
public interface FileEditor {
  /**
   * Edits {@code file} (which may not exist yet).
   *
   * @param file a file inside the workspace
   * @param requested the editor the learner asked for ({@code nano}, {@code vim}, {@code code}, or
   *     {@code edit} for "any")
   * @throws Exception when no editor could run; the message is shown to the learner
   */
  void edit(Path file, String requested) throws Exception;
}
