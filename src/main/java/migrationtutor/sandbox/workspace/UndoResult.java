package migrationtutor.sandbox.workspace;

import java.time.Instant;
import java.util.List;

/**
 * What {@code undo} put back.
 *
 * @param command the command line whose changes were undone
 * @param time when that command ran
 * @param changes what undo did, one line per path: {@code removed PATH} (the command had made it),
 *     {@code brought back PATH} (the command had removed it), {@code restored PATH} (the command
 *     had changed it)
 * @param partial whether some files were too large to keep and stayed as they are
 */
public record UndoResult(String command, Instant time, List<String> changes, boolean partial) {
  public UndoResult {
    changes = List.copyOf(changes);
  }
}
