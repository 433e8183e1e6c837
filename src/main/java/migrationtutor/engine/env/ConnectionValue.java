package migrationtutor.engine.env;

import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.HostError;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pyeval.Signature;
import migrationtutor.engine.sqlite.SqliteSession;

/**
 * A SQLAlchemy {@code Connection} (or {@code AsyncConnection}) to the learner's SQLite file, as
 * env.py passes it to {@code context.configure(connection=...)}.
 */
final class ConnectionValue implements PyNative {
  private final EngineValue engine;
  private final SqliteSession session;
  private boolean closed;

  ConnectionValue(EngineValue engine, SqliteSession session) {
    this.engine = engine;
    this.session = session;
  }

  /** The live session. */
  SqliteSession session() {
    return session;
  }

  /** The engine this connection came from. */
  EngineValue engine() {
    return engine;
  }

  void close() {
    if (!closed) {
      closed = true;
      session.close();
    }
  }

  @Override
  public String typeName() {
    return engine.async() ? "AsyncConnection" : "Connection";
  }

  @Override
  public PyValue enter() {
    return this;
  }

  @Override
  public void exit(PyException error) {
    close();
  }

  @Override
  public PyValue awaited() {
    return this;
  }

  @Override
  public PyValue attribute(String name) {
    return switch (name) {
      case "engine" -> engine;
      case "dialect" -> new Dialect();
      case "close" ->
          NativeFunction.of(
              name,
              (Args a) -> {
                close();
                return engine.async() ? new EngineValue.Awaitable(PyNone.NONE) : PyNone.NONE;
              });
      case "commit" ->
          NativeFunction.of(
              name,
              (Args a) -> {
                session.commit();
                return PyNone.NONE;
              });
      case "run_sync" ->
          NativeFunction.of(
              Signature.parse("run_sync(fn, *arg, **kw)"),
              (BoundArgs b) -> new EngineValue.Awaitable(callSync(b)));
      default -> null;
    };
  }

  private PyValue callSync(BoundArgs b) {
    PyValue fn = b.get("fn");
    if (!(fn instanceof PyNative callable)) {
      throw PyException.typeError("'" + fn.typeName() + "' object is not callable");
    }
    java.util.List<PyValue> args = new java.util.ArrayList<>();
    args.add(
        new ConnectionValue(
            new EngineValue(engine.url(), engine.workingDir(), engine.root(), false, c -> {}),
            session));
    args.addAll(((migrationtutor.engine.pyeval.PyTuple) b.get("arg")).items());
    try {
      return callable.call(new Args(args, java.util.Map.of()));
    } catch (HostError e) {
      throw e;
    }
  }

  /** {@code connection.dialect}: the SQLite dialect, as far as env.py looks at it. */
  private static final class Dialect implements PyNative {
    @Override
    public String typeName() {
      return "SQLiteDialect_pysqlite";
    }

    @Override
    public PyValue attribute(String name) {
      return name.equals("name") ? new PyStr("sqlite") : null;
    }
  }
}
