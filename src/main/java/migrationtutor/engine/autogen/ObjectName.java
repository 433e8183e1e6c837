package migrationtutor.engine.autogen;

/**
 * The name of a constraint or index as autogenerate holds it: a plain name, or one that a naming
 * convention produced (SQLAlchemy's {@code conv}), which Alembic renders as {@code op.f('name')} so
 * that running the migration does not apply the convention a second time.
 *
 * @param value the name, or null for an unnamed constraint
 * @param conventional whether a naming convention made it
 */
record ObjectName(String value, boolean conventional) {
  /** A plain name (or none). */
  static ObjectName plain(String value) {
    return new ObjectName(value, false);
  }
}
