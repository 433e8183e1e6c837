package migrationtutor.sandbox.workspace;

import java.time.Instant;
import java.util.List;

/**
 * What {@code undo} put back.
 *
 * @param command the command line whose changes were undone
 * @param time when that command ran
 * @param restored the workspace-relative paths restored ({@code "."} for the whole workspace)
 * @param partial whether some files were too large to keep and stayed as they are
 */
public record UndoResult(String command, Instant time, List<String> restored, boolean partial) {
  public UndoResult {
    restored = List.copyOf(restored);
  }
}
