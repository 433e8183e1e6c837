package migrationtutor.engine.autogen;

import migrationtutor.engine.schema.ForeignKeyConstraint;

/**
 * {@code CreateForeignKeyOp.from_constraint}: {@code op.create_foreign_key(name, source, referent,
 * [...], [...])}.
 *
 * @param sourceTable the table holding the key
 * @param constraint the constraint
 * @param conventional whether a naming convention named it
 */
record CreateForeignKeyOp(String sourceTable, ForeignKeyConstraint constraint, boolean conventional)
    implements MigrateOperation {
  /** The constraint name as autogenerate renders it. */
  ObjectName name() {
    return new ObjectName(constraint.name(), conventional);
  }

  @Override
  public DropConstraintOp reverse() {
    return new DropConstraintOp(sourceTable, constraint, conventional);
  }
}
