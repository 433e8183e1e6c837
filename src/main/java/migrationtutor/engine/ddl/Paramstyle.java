package migrationtutor.engine.ddl;

/**
 * How bound parameters are written into SQL text. Online, SQLite's driver uses {@link #QMARK};
 * offline, Alembic's generated {@code env.py} configures {@code dialect_opts={"paramstyle":
 * "named"}}.
 */
public enum Paramstyle {
  /** {@code ?}. */
  QMARK,
  /** {@code :name}. */
  NAMED
}
