package migrationtutor.sandbox.workspace;

import java.time.Instant;

/**
 * One command line as the transcript records it.
 *
 * @param time when it started
 * @param cwd the directory it ran in, as the prompt shows it ({@code ~/alembic})
 * @param command the line as typed
 * @param exit its exit status
 * @param millis how long it ran
 * @param output what it printed (stdout and stderr as the learner saw them), maybe shortened
 */
public record TranscriptEntry(
    Instant time, String cwd, String command, int exit, long millis, String output) {}
