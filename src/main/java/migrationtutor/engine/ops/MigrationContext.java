package migrationtutor.engine.ops;

import migrationtutor.engine.pyeval.PyBool;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;

/**
 * What {@code op.get_context()} returns: the parts of Alembic's {@code MigrationContext} a
 * migration reads ({@code as_sql}, {@code dialect.name}, {@code bind}).
 */
final class MigrationContext implements PyNative {
  private final OpRuntime rt;

  MigrationContext(OpRuntime rt) {
    this.rt = rt;
  }

  /** The SQLite dialect as scripts see it: {@code dialect.name == 'sqlite'}. */
  static PyValue dialect() {
    return new SqliteDialect();
  }

  private record SqliteDialect() implements PyNative {
    @Override
    public String typeName() {
      return "SQLiteDialect_pysqlite";
    }

    @Override
    public String repr() {
      return "<sqlalchemy.dialects.sqlite.pysqlite.SQLiteDialect_pysqlite object>";
    }

    @Override
    public PyValue attribute(String name) {
      if (name.equals("name")) {
        return new PyStr("sqlite");
      }
      return name.equals("driver") ? new PyStr("pysqlite") : null;
    }
  }

  @Override
  public String typeName() {
    return "MigrationContext";
  }

  @Override
  public String repr() {
    return "<alembic.runtime.migration.MigrationContext object>";
  }

  @Override
  public PyValue attribute(String name) {
    switch (name) {
      case "as_sql":
        return PyBool.of(rt.offline());
      case "dialect":
        return dialect();
      case "bind":
        return new Connection(rt);
      case "connection":
        return rt.offline() ? PyNone.NONE : new Connection(rt);
      default:
        return null;
    }
  }
}
