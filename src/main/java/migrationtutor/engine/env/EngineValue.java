package migrationtutor.engine.env;

import java.nio.file.Path;
import migrationtutor.engine.SourceLimitError;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.HostError;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.runtime.DatabaseUrl;
import migrationtutor.engine.sqlite.SqliteSession;

/**
 * A SQLAlchemy {@code Engine} made by {@code create_engine} / {@code engine_from_config} in env.py
 * or the app: it knows its URL and opens a connection (the SQLite file) only on {@code connect()},
 * as SQLAlchemy does.
 *
 * @param async whether it is an {@code AsyncEngine} (its methods are awaited)
 */
record EngineValue(
    DatabaseUrl url, Path workingDir, Path root, boolean async, ConnectionTracker tracker)
    implements PyNative {

  /** Remembers the connections a run opened, so all are closed when it ends. */
  interface ConnectionTracker {
    void opened(ConnectionValue connection);
  }

  @Override
  public String typeName() {
    return async ? "AsyncEngine" : "Engine";
  }

  @Override
  public String repr() {
    return "Engine(" + url.obfuscated() + ")";
  }

  @Override
  public PyValue attribute(String name) {
    return switch (name) {
      case "url" -> new PyStr(url.obfuscated());
      case "connect", "begin" -> NativeFunction.of(name, (Args a) -> connect());
      case "dispose" ->
          NativeFunction.of(name, (Args a) -> async ? new Awaitable(PyNone.NONE) : PyNone.NONE);
      case "sync_engine" -> new EngineValue(url, workingDir, root, false, tracker);
      default -> null;
    };
  }

  private ConnectionValue connect() {
    if (!url.isSqlite()) {
      throw new HostError(
          new SourceLimitError(
              null,
              "The tutor's migration engine runs SQLite"
                  + " databases only, and sqlalchemy.url is "
                  + url.obfuscated()
                  + ". Point it at a"
                  + " SQLite file, for example sqlite:///database.db"));
    }
    if (url.isMemory()) {
      throw new HostError(
          new SourceLimitError(
              null,
              "sqlalchemy.url "
                  + url.obfuscated()
                  + " is an in-memory database, which is empty again on every command; use a file such"
                  + " as sqlite:///database.db"));
    }
    Path file = url.sqliteFile(workingDir).orElseThrow();
    if (!file.startsWith(root)) {
      throw new HostError(
          new SourceLimitError(
              null,
              "sqlalchemy.url "
                  + url.obfuscated()
                  + " points outside the project folder; the tutor only opens databases inside "
                  + root));
    }
    try {
      ConnectionValue c = new ConnectionValue(this, SqliteSession.open(file));
      tracker.opened(c);
      return c;
    } catch (RuntimeException e) {
      throw new HostError(e);
    }
  }

  /** A value an {@code await} expression yields at once (what async methods return here). */
  record Awaitable(PyValue result) implements PyNative {
    @Override
    public String typeName() {
      return "coroutine";
    }

    @Override
    public PyValue awaited() {
      return result;
    }
  }
}
