package migrationtutor.engine.ops;

import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyValue;

/**
 * What {@code op.get_bind()} returns: online a {@code Connection} whose {@code execute()} runs a
 * statement, offline the {@code MockConnection} Alembic installs, whose {@code execute()} writes
 * the statement to the script and returns None.
 */
final class Connection implements PyNative {
  private final OpRuntime rt;

  Connection(OpRuntime rt) {
    this.rt = rt;
  }

  @Override
  public String typeName() {
    return rt.offline() ? "MockConnection" : "Connection";
  }

  @Override
  public String repr() {
    return rt.offline()
        ? "<sqlalchemy.engine.mock.MockConnection object>"
        : "<sqlalchemy.engine.base.Connection object>";
  }

  @Override
  public PyValue attribute(String name) {
    switch (name) {
      case "execute":
        return rt.method(
            (rt.offline()
                    ? "MockConnection.execute(self, obj"
                    : "Connection.execute(self, statement")
                + ", *multiparams, **params)",
            this::execute);
      case "dialect":
        return MigrationContext.dialect();
      default:
        return null;
    }
  }

  private PyValue execute(BoundArgs b) {
    if (!PyArgs.items(b.get("multiparams")).isEmpty() || !PyArgs.items(b.get("params")).isEmpty()) {
      throw PyArgs.unsupported(
          "get_bind().execute() with parameters",
          "bind them in the text: sa.text(\"...\").bindparams(x=1)");
    }
    Operations.execute(rt, b.get(rt.offline() ? "obj" : "statement"));
    return rt.offline() ? PyNone.NONE : new CursorResult();
  }

  /** The result of an online execute: rows are not read back by the tutor. */
  private static final class CursorResult implements PyNative {
    @Override
    public String typeName() {
      return "CursorResult";
    }

    @Override
    public String repr() {
      return "<sqlalchemy.engine.cursor.LegacyCursorResult object>";
    }

    @Override
    public PyValue attribute(String name) {
      if (name.startsWith("__")) {
        return null;
      }
      return NativeFunction.of(
          name,
          a -> {
            throw HostErrors.translate(
                PyArgs.unsupported(
                    "reading the rows of get_bind().execute(...) (." + name + ")",
                    "write the data change as SQL that needs no query results, e.g. UPDATE t SET x"
                        + " = (SELECT ...)"));
          });
    }
  }
}
