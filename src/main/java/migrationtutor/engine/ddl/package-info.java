/**
 * SQL for SQLite, byte for byte as SQLAlchemy 1.4.46 and Alembic 1.8.1 produce it, and Alembic's
 * {@code SQLiteImpl} operations.
 *
 * <p>{@link migrationtutor.engine.ddl.SqliteImpl} turns migration operations into {@link
 * migrationtutor.engine.ddl.SqlStatement}s and hands them to a {@link
 * migrationtutor.engine.ddl.SqlSink}: online (JDBC) sinks run {@code sql()} with its parameter
 * sets, offline ({@code --sql}) sinks write {@code offlineText()} followed by a blank line. The
 * compilers ({@link migrationtutor.engine.ddl.SqliteDdlCompiler}, {@link
 * migrationtutor.engine.ddl.AlembicDdlCompiler}, {@link
 * migrationtutor.engine.ddl.SqliteTypeCompiler}, {@link migrationtutor.engine.ddl.LiteralRenderer},
 * {@link migrationtutor.engine.ddl.SqliteIdentifierPreparer}) can also be used on their own, e.g.
 * by batch "move and copy".
 */
package migrationtutor.engine.ddl;
