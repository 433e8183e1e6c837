/**
 * The schema model of the migration engine: SQLAlchemy 1.4's tables, columns, types, constraints
 * and indexes as immutable records.
 *
 * <p>A parsed migration binds Python arguments to these records: {@code sa.Column('title',
 * sa.String(length=100), nullable=False)} is {@code new Column("title", new StringType("String",
 * 100), false)}; {@code op.create_table(name, *args)} is {@link
 * migrationtutor.engine.schema.Table#assemble} over the arguments in the order written. Python
 * literal values travel as the Java objects listed in {@link
 * migrationtutor.engine.schema.PythonRepr}. Errors the real tools raise are {@link
 * migrationtutor.engine.schema.PythonException}s with the Python class and message; what the engine
 * cannot do is an {@link migrationtutor.engine.schema.UnsupportedConstructException}.
 */
package migrationtutor.engine.schema;
