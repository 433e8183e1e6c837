package migrationtutor.course.check;

import java.time.Instant;
import java.util.Map;

/**
 * One line of {@code .tutor/transcript.jsonl}: a command line the learner ran.
 *
 * @param index its 0-based line number in the transcript (progress windows count in these)
 * @param time when it started
 * @param cwd the directory it ran in, as the prompt showed it ({@code ~}, {@code ~/alembic})
 * @param command the line as typed
 * @param exit its exit status
 * @param output what it printed, maybe cut short
 */
public record TranscriptRecord(
    int index, Instant time, String cwd, String command, int exit, String output) {

  /** Reads one transcript line; a damaged line gives a record that matches nothing. */
  public static TranscriptRecord parse(int index, String jsonLine) {
    try {
      if (Json.parse(jsonLine) instanceof Map<?, ?> m) {
        return new TranscriptRecord(
            index,
            Instant.parse(String.valueOf(m.get("time"))),
            String.valueOf(m.get("cwd")),
            String.valueOf(m.get("command")),
            m.get("exit") instanceof Number n ? n.intValue() : -1,
            m.get("output") instanceof String s ? s : "");
      }
    } catch (RuntimeException e) {
      // A line cut by a crash is skipped rather than stopping the checks.
    }
    return new TranscriptRecord(index, Instant.EPOCH, "~", "", -1, "");
  }
}
