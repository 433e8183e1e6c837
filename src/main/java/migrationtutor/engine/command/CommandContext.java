package migrationtutor.engine.command;

import java.nio.file.Path;
import migrationtutor.engine.config.AlembicConfig;
import migrationtutor.engine.output.Console;
import migrationtutor.engine.output.Logging;
import migrationtutor.engine.output.Messages;

/**
 * What every command needs: the invocation, the configuration, the message writer and the log
 * (which env.py may configure while the command runs).
 */
public final class CommandContext {
  private final Invocation invocation;
  private final AlembicConfig config;
  private final Messages messages;
  private Logging logging = Logging.silent();

  CommandContext(Invocation invocation, AlembicConfig config) {
    this.invocation = invocation;
    this.config = config;
    this.messages = new Messages(invocation.console());
  }

  /** The invocation being served. */
  public Invocation invocation() {
    return invocation;
  }

  /** The configuration ({@code -c}, {@code -n}, {@code -x}). */
  public AlembicConfig config() {
    return config;
  }

  /** Alembic's stdout messages. */
  public Messages messages() {
    return messages;
  }

  /** The console. */
  public Console console() {
    return invocation.console();
  }

  /** The log as configured so far. */
  public Logging logging() {
    return logging;
  }

  /** Installs the log configured by env.py's fileConfig. */
  public void configureLogging(Logging configured) {
    this.logging = configured;
  }

  /** Resolves a path the way the Python process would: against its working directory. */
  public Path resolve(String path) {
    return invocation.workingDir().resolve(path).normalize();
  }

  /** Prints one line to stdout ({@code config.print_stdout}). */
  public void printStdout(String text) {
    console().out().print(text + "\n");
    console().out().flush();
  }
}
