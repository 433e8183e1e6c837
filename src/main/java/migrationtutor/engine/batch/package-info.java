/**
 * Alembic 1.8.1's batch mode on SQLite ({@code alembic/operations/batch.py}): {@link
 * migrationtutor.engine.batch.BatchOperationsImpl#flush} runs a finished {@code batch_alter_table}
 * block, either as plain ALTER statements or by "move and copy" through {@code
 * _alembic_tmp_<table>}, emitting byte for byte the statements Alembic emits.
 *
 * <p>A {@link migrationtutor.engine.batch.BatchRequest}'s operations are the entries of Alembic's
 * {@code BatchOperationsImpl.batch}, i.e. what {@code alembic/operations/toimpl.py} records: a
 * {@code batch_op.add_column(sa.Column('c', ..., unique=True, index=True))} is an {@code AddColumn}
 * followed by the {@code AddConstraint} and {@code CreateIndex} that attaching the column to a
 * table creates (see {@code Table.assemble}); the type-bound CHECK drop/add that toimpl wraps
 * around {@code alter_column} for {@code Boolean}/{@code Enum(create_constraint=True)} is not
 * expressible and must be left out.
 *
 * <p>Known difference from Alembic: Alembic copies constraints and indexes in the iteration order
 * of Python sets, which varies between runs (UNIQUE before or after FOREIGN KEY in the rebuilt
 * {@code CREATE TABLE}); the engine always uses creation order (primary key, foreign keys, unique
 * constraints, checks; indexes by name), one of the orders Alembic produces.
 */
package migrationtutor.engine.batch;
