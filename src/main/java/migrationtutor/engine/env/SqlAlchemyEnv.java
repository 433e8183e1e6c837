package migrationtutor.engine.env;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import migrationtutor.engine.EngineError;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.HostError;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pyeval.Signature;
import migrationtutor.engine.runtime.DatabaseUrl;

/**
 * The parts of SQLAlchemy env.py and application modules use to reach a database: {@code
 * create_engine}, {@code engine_from_config}, {@code sqlalchemy.pool}, and the asyncio variants.
 * Creating an engine only checks the URL, as SQLAlchemy does; connecting opens the SQLite file.
 */
final class SqlAlchemyEnv {
  private final Path workingDir;
  private final Path root;
  private final EngineValue.ConnectionTracker tracker;

  SqlAlchemyEnv(Path workingDir, Path root, EngineValue.ConnectionTracker tracker) {
    this.workingDir = workingDir;
    this.root = root;
    this.tracker = tracker;
  }

  /** Adds the engine functions to the {@code sqlalchemy} module. */
  void extend(PyModule sqlalchemy) {
    sqlalchemy.put(
        "create_engine",
        NativeFunction.of(
            Signature.parse("create_engine(url, **kw)"), b -> engine(b.get("url"), false)));
    sqlalchemy.put(
        "engine_from_config",
        NativeFunction.of(
            Signature.parse("engine_from_config(configuration, prefix='sqlalchemy.', **kwargs)"),
            b -> engine(urlFromConfig(b), false)));
    sqlalchemy.put("pool", pool());
  }

  /** The modules this class provides besides additions to {@code sqlalchemy} itself. */
  Optional<PyValue> module(String name) {
    return Optional.ofNullable(
        switch (name) {
          case "sqlalchemy.pool" -> pool();
          case "sqlalchemy.engine" -> engineModule();
          case "sqlalchemy.ext.asyncio" -> asyncio();
          default -> null;
        });
  }

  private PyModule pool() {
    PyModule m = new PyModule("sqlalchemy.pool");
    for (String p : new String[] {"NullPool", "StaticPool", "QueuePool", "SingletonThreadPool"}) {
      m.put(p, new PyUnknown("sqlalchemy.pool." + p));
    }
    return m;
  }

  private PyModule engineModule() {
    PyModule m = new PyModule("sqlalchemy.engine");
    m.put("Connection", new PyUnknown("sqlalchemy.engine.Connection"));
    m.put("Engine", new PyUnknown("sqlalchemy.engine.Engine"));
    m.put(
        "create_engine",
        NativeFunction.of(
            Signature.parse("create_engine(url, **kw)"), b -> engine(b.get("url"), false)));
    m.put(
        "engine_from_config",
        NativeFunction.of(
            Signature.parse("engine_from_config(configuration, prefix='sqlalchemy.', **kwargs)"),
            b -> engine(urlFromConfig(b), false)));
    return m;
  }

  private PyModule asyncio() {
    PyModule m = new PyModule("sqlalchemy.ext.asyncio");
    m.put(
        "create_async_engine",
        NativeFunction.of(
            Signature.parse("create_async_engine(url, **kw)"), b -> engine(b.get("url"), true)));
    m.put(
        "async_engine_from_config",
        NativeFunction.of(
            Signature.parse(
                "async_engine_from_config(configuration, prefix='sqlalchemy.', **kwargs)"),
            b -> engine(urlFromConfig(b), true)));
    m.put(
        "AsyncEngine",
        NativeFunction.of(
            Signature.parse("AsyncEngine(sync_engine)"),
            b -> {
              if (b.get("sync_engine") instanceof EngineValue e) {
                return asyncEngine(e.url());
              }
              return new PyUnknown("AsyncEngine(...)");
            }));
    m.put("AsyncConnection", new PyUnknown("sqlalchemy.ext.asyncio.AsyncConnection"));
    return m;
  }

  private static PyValue urlFromConfig(BoundArgs b) {
    if (!(b.get("configuration") instanceof PyDict config)) {
      return new PyUnknown("engine_from_config(...)");
    }
    String prefix = b.get("prefix").str();
    Map<String, PyValue> options = new LinkedHashMap<>();
    config
        .entries()
        .forEach(
            (k, v) -> {
              if (k instanceof PyStr s && s.value().startsWith(prefix)) {
                options.put(s.value().substring(prefix.length()), v);
              }
            });
    PyValue url = options.get("url");
    if (url == null) {
      throw new PyException("KeyError", "'url'");
    }
    return url;
  }

  private PyValue engine(PyValue url, boolean async) {
    if (url instanceof PyUnknown u) {
      return new PyUnknown("engine for " + u.origin());
    }
    if (!(url instanceof PyStr s)) {
      throw new PyException(
          "sqlalchemy.exc.ArgumentError", "Expected string or URL object, got " + url.repr());
    }
    DatabaseUrl parsed;
    try {
      parsed = DatabaseUrl.parse(s.value());
    } catch (EngineError e) {
      throw new HostError(e);
    }
    if (!parsed.isKnownDialect()) {
      throw new HostError(parsed.unknownDialect());
    }
    return async ? asyncEngine(parsed) : new EngineValue(parsed, workingDir, root, false, tracker);
  }

  private PyValue asyncEngine(DatabaseUrl url) {
    if (url.isSqlite() && !url.drivername().equals("sqlite+aiosqlite")) {
      throw new PyException(
          "sqlalchemy.exc.InvalidRequestError",
          "The asyncio extension"
              + " requires an async driver to be used. The loaded 'pysqlite' is not async.");
    }
    return new EngineValue(url, workingDir, root, true, tracker);
  }
}
