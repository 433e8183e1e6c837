package migrationtutor.engine.schema;

/**
 * Something passed to {@code sa.Table(...)} or {@code op.create_table(...)} after the name: a
 * column, a constraint or an index.
 */
public sealed interface TableElement permits Column, Constraint, Index {}
