package migrationtutor.engine.batch;

import java.util.List;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.EnumType;
import migrationtutor.engine.schema.SqlType;

/** The changes {@code ApplyBatchImpl} makes to its column copies, on immutable columns. */
final class Columns {
  private Columns() {}

  /**
   * {@code _copy(c)} then {@code c_copy.unique = c_copy.index = False} for a column of the existing
   * table; its foreign keys already belong to constraints, so {@code Column._copy} leaves them out.
   */
  static Column existingCopy(Column c) {
    return rebuild(c, c.name(), c.type(), false, false);
  }

  /** {@code _copy(column)} of an added column: attached to a table, its foreign keys stay out. */
  static Column addedCopy(Column c) {
    return rebuild(c, c.name(), c.type(), c.unique(), c.index());
  }

  /** {@code existing.name = name}. */
  static Column renamed(Column c, String name) {
    return rebuild(c, name, c.type(), c.unique(), c.index());
  }

  /**
   * {@code existing.type = type_}: the new type is assigned after the column was built, so its
   * events never run and a Boolean/Enum CHECK is not generated for it (Alembic adds that one
   * through {@code add_constraint}).
   */
  static Column retyped(Column c, SqlType type) {
    SqlType quiet = type;
    if (type instanceof BooleanType b && b.createConstraint()) {
      quiet = new BooleanType(b.className(), false, b.name());
    } else if (type instanceof EnumType e && e.createConstraint()) {
      quiet = new EnumType(e.values(), e.name(), false, e.nativeEnum(), e.length());
    }
    return rebuild(c, c.name(), quiet, c.unique(), c.index());
  }

  private static Column rebuild(Column c, String name, SqlType type, boolean unique, boolean ix) {
    return new Column(
        name,
        type,
        c.nullable(),
        c.primaryKey(),
        c.serverDefault(),
        unique,
        ix,
        c.comment(),
        List.of(),
        c.constraints(),
        c.autoincrement(),
        c.hasDefault(),
        c.hasOnupdate());
  }
}
