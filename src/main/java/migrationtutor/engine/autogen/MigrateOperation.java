package migrationtutor.engine.autogen;

/**
 * Alembic's {@code MigrateOperation} ({@code alembic/operations/ops.py}): one operation that
 * autogenerate proposes, with the operation that undoes it.
 */
sealed interface MigrateOperation
    permits CreateTableOp,
        DropTableOp,
        AddColumnOp,
        DropColumnOp,
        AlterColumnOp,
        CreateIndexOp,
        DropIndexOp,
        CreateUniqueConstraintOp,
        CreateForeignKeyOp,
        DropConstraintOp,
        ModifyTableOps {
  /** {@code reverse()}: the operation the downgrade runs. */
  MigrateOperation reverse();
}
