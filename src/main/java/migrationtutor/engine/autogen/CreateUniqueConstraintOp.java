package migrationtutor.engine.autogen;

import migrationtutor.engine.schema.UniqueConstraint;

/**
 * {@code CreateUniqueConstraintOp.from_constraint}: {@code op.create_unique_constraint(name, table,
 * [...])}.
 *
 * @param tableName the table
 * @param constraint the constraint
 * @param conventional whether a naming convention named it
 */
record CreateUniqueConstraintOp(String tableName, UniqueConstraint constraint, boolean conventional)
    implements MigrateOperation {
  /** The constraint name as autogenerate renders it. */
  ObjectName name() {
    return new ObjectName(constraint.name(), conventional);
  }

  @Override
  public DropConstraintOp reverse() {
    return new DropConstraintOp(tableName, constraint, conventional);
  }
}
