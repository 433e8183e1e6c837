package migrationtutor.engine.runtime;

import migrationtutor.engine.pyeval.PyValue;

/**
 * What {@code context.configure(...)} in env.py asked for, as far as the engine acts on it.
 *
 * @param versionTable the version table's name ({@code version_table}, default alembic_version)
 * @param versionTablePk whether it gets its primary key ({@code version_table_pk})
 * @param literalBinds {@code literal_binds} (offline rendering of bound values)
 * @param targetMetadata {@code target_metadata} as env.py gave it (None by default)
 * @param renderAsBatch {@code render_as_batch}, for autogenerate
 * @param compareType {@code compare_type}, for autogenerate
 * @param compareServerDefault {@code compare_server_default}, for autogenerate
 * @param transactionPerMigration {@code transaction_per_migration}
 */
public record MigrationOptions(
    String versionTable,
    boolean versionTablePk,
    boolean literalBinds,
    PyValue targetMetadata,
    boolean renderAsBatch,
    boolean compareType,
    boolean compareServerDefault,
    boolean transactionPerMigration) {}
