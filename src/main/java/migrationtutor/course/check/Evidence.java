package migrationtutor.course.check;

/**
 * Where a check looks, which decides what {@code grade} can re-check later: the transcript (what
 * the learner ran, re-checked in the step's window), the workspace's files and revisions (built
 * once and expected to stay, re-checked against the final workspace), or the live database (true at
 * the moment the step passed, so taken from the progress file).
 */
public enum Evidence {
  /** Commands and their output in {@code .tutor/transcript.jsonl}. */
  TRANSCRIPT,
  /** Files, env.py, alembic.ini, revision files, and what the migrations do on a scratch copy. */
  WORKSPACE,
  /** The learner's database as it is now. */
  DATABASE
}
