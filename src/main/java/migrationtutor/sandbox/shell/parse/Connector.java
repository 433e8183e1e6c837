package migrationtutor.sandbox.shell.parse;

/** What joins a command to the next one on the line. */
public enum Connector {
  /** {@code &&}: run the next command only if this one succeeded. */
  AND,
  /** {@code ;} or a newline: run the next command whatever happened. */
  THEN,
  /** The last command of the line. */
  END
}
