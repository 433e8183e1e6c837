/**
 * The learner's SQLite database, reached the way Alembic reaches it through SQLAlchemy and Python's
 * sqlite3 module: {@link migrationtutor.engine.sqlite.SqliteSession} reproduces sqlite3's implicit
 * transactions and SQLAlchemy's error messages.
 */
package migrationtutor.engine.sqlite;
