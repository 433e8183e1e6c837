package migrationtutor.engine.autogen;

import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.UniqueConstraint;

/**
 * {@code DropConstraintOp.from_constraint}: {@code op.drop_constraint(name, table, type_=...)},
 * keeping the constraint so that the downgrade can create it again.
 *
 * @param tableName the table
 * @param constraint a unique or foreign key constraint
 * @param conventional whether a naming convention named it
 */
record DropConstraintOp(String tableName, Constraint constraint, boolean conventional)
    implements MigrateOperation {
  /** The constraint name as autogenerate renders it. */
  ObjectName name() {
    return new ObjectName(constraint.name(), conventional);
  }

  /** {@code type_=}: Alembic's name for the kind of constraint. */
  String constraintType() {
    if (constraint instanceof UniqueConstraint) {
      return "unique";
    } else if (constraint instanceof ForeignKeyConstraint) {
      return "foreignkey";
    } else if (constraint instanceof PrimaryKeyConstraint) {
      return "primary";
    }
    return "check";
  }

  @Override
  public MigrateOperation reverse() {
    if (constraint instanceof ForeignKeyConstraint fk) {
      return new CreateForeignKeyOp(tableName, fk, conventional);
    }
    return new CreateUniqueConstraintOp(tableName, (UniqueConstraint) constraint, conventional);
  }
}
