package migrationtutor.engine.command;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.output.Console;

/**
 * One run of the {@code alembic} command: its arguments, the directory it runs in, the environment
 * variables it sees and where its output goes.
 *
 * @param workingDir the process's current directory in Alembic's terms
 * @param args the arguments after {@code alembic}
 * @param environment environment variables ({@code ALEMBIC_CONFIG}, {@code EDITOR}, values env.py
 *     reads with {@code os.getenv})
 * @param console stdout, stderr and whether stdin is a terminal
 * @param columns the width argparse formats help for ({@code COLUMNS}, else the terminal, else 80)
 * @param clock the clock for revision Create Dates (fixed in tests)
 * @param editor opens a file in the user's editor for {@code alembic edit}
 * @param sandboxRoot the folder evaluated code may read and the database must be in: the learner's
 *     workspace in the tutor, the filesystem root for {@code tutor.jar alembic}
 */
public record Invocation(
    Path workingDir,
    List<String> args,
    Map<String, String> environment,
    Console console,
    int columns,
    Clock clock,
    Editor editor,
    Path sandboxRoot) {

  public Invocation {
    workingDir = workingDir.toAbsolutePath().normalize();
    sandboxRoot = sandboxRoot.toAbsolutePath().normalize();
    args = List.copyOf(args);
    environment = Map.copyOf(environment);
  }

  /** Opens a file in an editor and waits for it to close. */
  @FunctionalInterface
  public interface Editor {
    /**
     * Edits a file.
     *
     * @throws Exception when no editor could be started; the message is shown to the user
     */
    void edit(Path file) throws Exception;
  }
}
