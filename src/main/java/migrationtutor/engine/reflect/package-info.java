/**
 * Reflection of an SQLite database as SQLAlchemy 1.4.46's {@code Inspector} performs it.
 *
 * <p>{@link migrationtutor.engine.reflect.Inspector} answers the per-element questions ({@code
 * get_columns}, {@code get_pk_constraint}, {@code get_foreign_keys}, {@code get_indexes}, {@code
 * get_unique_constraints}, {@code get_check_constraints}) with records that keep what SQLAlchemy
 * returns, and {@link migrationtutor.engine.reflect.Inspector#reflectTable} assembles a {@link
 * migrationtutor.engine.schema.Table} from them as {@code Table(name, MetaData(),
 * autoload_with=conn)} does. Types come from SQLite's declared type through SQLAlchemy's affinity
 * rules (so {@code VARCHAR(255)} is {@code VARCHAR(length=255)} and {@code MONEY} is {@code
 * NUMERIC}); defaults are the stored {@code dflt_value} text; names of constraints come from
 * SQLAlchemy's regular expressions over the stored {@code CREATE TABLE} text. Table options ({@code
 * AUTOINCREMENT}, {@code WITHOUT ROWID}) and comments are not reflected, as in SQLAlchemy.
 */
package migrationtutor.engine.reflect;
