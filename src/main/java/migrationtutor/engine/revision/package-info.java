/**
 * Alembic 1.8.1's revision graph and migration-step planning, as pure logic (no I/O).
 *
 * <p>Entry points: {@link migrationtutor.engine.revision.RevisionMap#of} builds the graph from
 * {@link migrationtutor.engine.revision.Revision}s in versions-directory order; {@link
 * migrationtutor.engine.revision.MigrationPlanner} plans upgrade, downgrade and stamp into {@link
 * migrationtutor.engine.revision.MigrationStep}s carrying {@link
 * migrationtutor.engine.revision.VersionChange}s; {@link
 * migrationtutor.engine.revision.RevisionLookup} answers history, show, heads and current lookups.
 * Errors derive from {@link migrationtutor.engine.revision.RevisionException}.
 *
 * <p>Ordering. Alembic's results depend on the order revisions are loaded ({@code os.listdir()})
 * and, in a few places, on Python set iteration. Here the input list order replaces listdir order,
 * and every set Alembic iterates is replaced by a stable order: next revisions and labelled
 * revisions in input order, branch labels declared first then inherited, surviving dependencies and
 * merge/un-merge parents in declaration order, {@code current} tips in input order, and heads after
 * a step in version-table row order (an UPDATE keeps its row's place). Everything else follows
 * Alembic's own ordered algorithms (the topological sort in particular), verified against real
 * Alembic by {@code RevisionOracleTest}.
 */
package migrationtutor.engine.revision;
