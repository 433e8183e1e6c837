package migrationtutor.sandbox.shell;

/** Where command groups register their commands with the shell. */
public interface CommandRegistry {
  /** Adds {@code command} under {@code info.name()}. */
  void add(CommandInfo info, Command command);
}
