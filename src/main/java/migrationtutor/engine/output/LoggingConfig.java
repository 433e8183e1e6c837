package migrationtutor.engine.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.config.IniFile;
import migrationtutor.engine.config.IniSyntaxError;

/**
 * Python's {@code logging.config.fileConfig}, reading the logging sections of alembic.ini.
 *
 * <p>Follows the same lookups in the same order, so a broken logging section fails the way Python
 * fails ({@code KeyError: 'formatters'} when the section is gone). Only stream handlers on stderr
 * or stdout are available in the tutor's sandbox.
 */
public final class LoggingConfig {
  private final IniFile ini;

  private LoggingConfig(IniFile ini) {
    this.ini = ini;
  }

  /**
   * Reads the file and builds the configured log.
   *
   * @throws PythonError as Python's fileConfig would raise it
   */
  public static Logging fileConfig(Path file, Console console) {
    IniFile ini;
    try {
      String text =
          Files.isRegularFile(file)
              ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
              : "";
      ini = IniFile.parse(text, file.toString(), Map.of());
    } catch (IOException e) {
      ini = IniFile.empty(file.toString(), Map.of());
    } catch (IniSyntaxError e) {
      throw new PythonError(e.pythonException(), e.getMessage());
    }
    return new LoggingConfig(ini).build(console);
  }

  private Logging build(Console console) {
    Map<String, String[]> formatters = createFormatters();
    Map<String, Logging.Handler> handlers = installHandlers(formatters);
    return new Logging(installLoggers(handlers), console);
  }

  private Map<String, String[]> createFormatters() {
    Map<String, String[]> formatters = new HashMap<>();
    for (String name : keysRaw("formatters")) {
      String section = "formatter_" + name;
      String fmt = raw(section, "format").orElse("%(message)s");
      String datefmt = raw(section, "datefmt").orElse(null);
      formatters.put(name, new String[] {fmt, datefmt});
    }
    return formatters;
  }

  private Map<String, Logging.Handler> installHandlers(Map<String, String[]> formatters) {
    Map<String, Logging.Handler> handlers = new HashMap<>();
    for (String name : keysRaw("handlers")) {
      String section = "handler_" + name;
      String klass = required(section, "class");
      String args = value(section, "args").orElse("()").replaceAll("\\s", "");
      boolean toStdout;
      if (klass.equals("StreamHandler") || klass.equals("logging.StreamHandler")) {
        if (args.equals("(sys.stderr,)") || args.equals("()") || args.equals("(sys.stderr)")) {
          toStdout = false;
        } else if (args.equals("(sys.stdout,)") || args.equals("(sys.stdout)")) {
          toStdout = true;
        } else {
          throw unsupported(section, "args = " + args);
        }
      } else {
        throw unsupported(section, "class = " + klass);
      }
      Level level = value(section, "level").map(this::level).orElse(Level.NOTSET);
      String fmt = value(section, "formatter").orElse("");
      String[] f = fmt.isEmpty() ? new String[] {"%(message)s", null} : formatters.get(fmt);
      if (f == null) {
        throw new PythonError("KeyError", "'" + fmt + "'");
      }
      handlers.put(name, new Logging.Handler(level, toStdout, f[0], f[1]));
    }
    return handlers;
  }

  private Map<String, Logging.LoggerSpec> installLoggers(Map<String, Logging.Handler> handlers) {
    List<String> names = new ArrayList<>(keysRaw("loggers"));
    if (!names.remove("root")) {
      throw new PythonError("ValueError", "list.remove(x): x not in list");
    }
    Map<String, Logging.LoggerSpec> loggers = new LinkedHashMap<>();
    loggers.put(Logging.root(), spec("logger_root", handlers, true));
    for (String name : names) {
      String section = "logger_" + name;
      String qualname = required(section, "qualname");
      String propagate = value(section, "propagate").orElse("1");
      boolean prop;
      try {
        prop = Integer.parseInt(propagate.strip()) != 0;
      } catch (NumberFormatException e) {
        throw new PythonError(
            "ValueError", "invalid literal for int() with base 10: '" + propagate + "'");
      }
      loggers.put(qualname, spec(section, handlers, prop));
    }
    return loggers;
  }

  private Logging.LoggerSpec spec(
      String section, Map<String, Logging.Handler> handlers, boolean propagate) {
    Level level = value(section, "level").map(this::level).orElse(null);
    List<Logging.Handler> hs = new ArrayList<>();
    for (String h : split(required(section, "handlers"))) {
      Logging.Handler handler = handlers.get(h);
      if (handler == null) {
        throw new PythonError("KeyError", "'" + h + "'");
      }
      hs.add(handler);
    }
    return new Logging.LoggerSpec(level, hs, propagate);
  }

  private Level level(String name) {
    return Level.named(name)
        .orElseThrow(() -> new PythonError("ValueError", "Unknown level: '" + name + "'"));
  }

  private List<String> keysRaw(String section) {
    return split(required(section, "keys"));
  }

  private static List<String> split(String list) {
    List<String> out = new ArrayList<>();
    if (list.isEmpty()) {
      return out;
    }
    for (String s : list.split(",", -1)) {
      out.add(s.strip());
    }
    return out;
  }

  private String required(String section, String option) {
    if (!ini.hasSection(section)) {
      throw new PythonError("KeyError", "'" + section + "'");
    }
    return value(section, option)
        .orElseThrow(() -> new PythonError("KeyError", "'" + option + "'"));
  }

  private Optional<String> value(String section, String option) {
    if (!ini.hasSection(section)) {
      return Optional.empty();
    }
    try {
      return ini.get(section, option);
    } catch (IniSyntaxError e) {
      throw new PythonError(e.pythonException(), e.getMessage());
    }
  }

  private Optional<String> raw(String section, String option) {
    if (!ini.hasSection(section)) {
      return Optional.empty();
    }
    return Optional.ofNullable(ini.rawOption(section, option));
  }

  private static PythonError unsupported(String section, String what) {
    return new PythonError(
        "NotImplementedError",
        "alembic.ini ["
            + section
            + "] "
            + what
            + ": the tutor's sandbox logs only through"
            + " StreamHandler with args = (sys.stderr,) or (sys.stdout,)");
  }
}
