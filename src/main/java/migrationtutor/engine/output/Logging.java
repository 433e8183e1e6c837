package migrationtutor.engine.output;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's log: Python logging as configured by env.py's {@code fileConfig(alembic.ini)}.
 *
 * <p>Alembic's INFO lines ({@code INFO [alembic.runtime.migration] Context impl SQLiteImpl.}) only
 * appear because env.py hands alembic.ini's {@code [loggers]}, {@code [handlers]} and {@code
 * [formatters]} sections to Python logging. Until that happens (and if env.py never does it) the
 * log is silent, as in Alembic, where the {@code alembic} logger only has a NullHandler.
 */
public final class Logging {
  /** One configured logger: its own level (or null to inherit), handlers, propagation. */
  record LoggerSpec(Level level, List<Handler> handlers, boolean propagate) {}

  /** A stream handler with its level and formatter. */
  record Handler(Level level, boolean toStdout, String format, String dateFormat) {}

  private static final Logging SILENT = new Logging(Map.of(), null);
  private final Map<String, LoggerSpec> loggers;
  private final Console console;
  private final Map<String, Level> effective = new HashMap<>();

  Logging(Map<String, LoggerSpec> loggers, Console console) {
    this.loggers = loggers;
    this.console = console;
  }

  /** The log before (or without) {@code fileConfig}: nothing is printed. */
  public static Logging silent() {
    return SILENT;
  }

  /** Whether anything was configured (env.py called fileConfig). */
  public boolean configured() {
    return console != null;
  }

  /** Whether a record at {@code level} from logger {@code name} would be handled. */
  public boolean isEnabledFor(String name, Level level) {
    return configured() && level.value() >= effectiveLevel(name).value();
  }

  /**
   * Where a record was logged, for the {@code %(filename)s}, {@code %(module)s}, {@code
   * %(funcName)s} and {@code %(lineno)d} of a format: the Alembic 1.8.1 source line that logs it.
   */
  public record Site(String filename, String funcName, int lineno) {
    /** {@code %(module)s}: the file name without {@code .py}. */
    public String module() {
      return filename.endsWith(".py") ? filename.substring(0, filename.length() - 3) : filename;
    }
  }

  /** Logs at INFO. */
  public void info(String name, String message) {
    log(name, Level.INFO, message);
  }

  /** Logs at INFO from a known site. */
  public void info(String name, String message, Site site) {
    log(name, Level.INFO, message, site);
  }

  /** Logs at ERROR. */
  public void error(String name, String message) {
    log(name, Level.ERROR, message);
  }

  /** Logs at ERROR from a known site. */
  public void error(String name, String message, Site site) {
    log(name, Level.ERROR, message, site);
  }

  /** Logs a record, formatted by each handler on the way up the logger hierarchy. */
  public void log(String name, Level level, String message) {
    log(name, level, message, null);
  }

  /** Logs a record from a known site (or null when unknown). */
  public void log(String name, Level level, String message, Site site) {
    if (!isEnabledFor(name, level)) {
      return;
    }
    String current = name;
    while (current != null) {
      LoggerSpec spec = loggers.get(current);
      if (spec != null) {
        for (Handler h : spec.handlers()) {
          if (level.value() >= h.level().value()) {
            emit(h, name, level, message, site);
          }
        }
        if (!spec.propagate()) {
          return;
        }
      }
      current = parent(current);
    }
  }

  private void emit(Handler h, String name, Level level, String message, Site site) {
    Map<String, Object> record = new HashMap<>();
    record.put("name", name);
    record.put("levelname", level.name());
    record.put("levelno", level.value());
    record.put("message", message);
    record.put("msg", message);
    record.put("processName", "MainProcess");
    record.put("threadName", "MainThread");
    if (site != null) {
      record.put("filename", site.filename());
      record.put("module", site.module());
      record.put("funcName", site.funcName());
      record.put("lineno", site.lineno());
    }
    if (h.format().contains("%(asctime)")) {
      record.put("asctime", Strftime.format(h.dateFormat(), LocalDateTime.now()));
    }
    String line;
    try {
      line = migrationtutor.engine.util.PercentFormat.format(h.format(), record);
    } catch (IllegalArgumentException e) {
      // Python's logging reports a formatting failure and carries on; so do we.
      line = message;
    }
    PrintStream stream = h.toStdout() ? console.out() : console.err();
    stream.print(line + "\n");
    stream.flush();
  }

  private Level effectiveLevel(String name) {
    return effective.computeIfAbsent(
        name,
        n -> {
          String current = n;
          while (current != null) {
            LoggerSpec spec = loggers.get(current);
            if (spec != null && spec.level() != null && spec.level() != Level.NOTSET) {
              return spec.level();
            }
            current = parent(current);
          }
          return Level.WARNING;
        });
  }

  private static String parent(String name) {
    if (name.isEmpty()) {
      return null;
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  /** The root logger's key in {@link #loggers}. */
  static String root() {
    return "";
  }

  /** For tests: the configured level of a logger, if any. */
  Optional<Level> levelOf(String name) {
    return Optional.ofNullable(loggers.get(name)).map(LoggerSpec::level);
  }
}
