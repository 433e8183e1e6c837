package migrationtutor.engine.env;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import migrationtutor.engine.command.CommandContext;
import migrationtutor.engine.output.Level;
import migrationtutor.engine.output.LoggingConfig;
import migrationtutor.engine.pyeval.HostError;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.stdlib.PythonHost;

/**
 * The world as evaluated env.py and application code see it during one command: the command's
 * environment variables, working directory and log, with {@code sys.path} built as Alembic builds
 * it ({@code prepend_sys_path} entries first).
 */
final class EnvHost implements PythonHost {
  private final CommandContext ctx;
  private final Path root;
  private final PyDict environ;
  private final PyList sysPath;

  EnvHost(CommandContext ctx, Path root, List<String> prependSysPath) {
    this.ctx = ctx;
    this.root = root;
    Map<PyValue, PyValue> env = new LinkedHashMap<>();
    ctx.invocation().environment().forEach((k, v) -> env.put(new PyStr(k), new PyStr(v)));
    this.environ = new PyDict(env);
    this.sysPath = new PyList(prependSysPath.stream().<PyValue>map(PyStr::new).toList());
  }

  @Override
  public PyDict environ() {
    return environ;
  }

  @Override
  public Path workingDir() {
    return ctx.invocation().workingDir();
  }

  @Override
  public Path root() {
    return root;
  }

  @Override
  public PyList sysPath() {
    return sysPath;
  }

  @Override
  public void log(String logger, String level, String message) {
    ctx.logging().log(logger, Level.valueOf(level.toUpperCase(Locale.ROOT)), message);
  }

  @Override
  public void fileConfig(Path iniFile) {
    try {
      ctx.configureLogging(LoggingConfig.fileConfig(iniFile, ctx.console()));
    } catch (RuntimeException e) {
      throw new HostError(e);
    }
  }
}
