package migrationtutor.engine.stdlib;

import java.nio.file.Path;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyList;

/**
 * What the sandbox-aware modules ({@code os}, {@code sys}, {@code logging}, {@code dotenv}, {@code
 * pathlib}) see of the world: the run's environment variables, working directory, the folder
 * nothing may look outside of, {@code sys.path}, and the engine's log.
 */
public interface PythonHost {
  /** {@code os.environ}: the live environment of this run (str keys and values). */
  PyDict environ();

  /** {@code os.getcwd()}. */
  Path workingDir();

  /** The folder filesystem queries are confined to; anything outside does not exist. */
  Path root();

  /** {@code sys.path}, live: imports search it in order. */
  PyList sysPath();

  /** Emits a log record through the engine's log (as configured by fileConfig, if at all). */
  void log(String logger, String level, String message);

  /** {@code logging.config.fileConfig(path)}. */
  void fileConfig(Path iniFile);
}
