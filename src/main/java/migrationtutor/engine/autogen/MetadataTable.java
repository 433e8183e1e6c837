package migrationtutor.engine.autogen;

import java.util.Set;
import migrationtutor.engine.schema.Table;

/**
 * One table of the target metadata, as the models define it.
 *
 * @param table the table, with its constraints and indexes named as SQLAlchemy names them
 * @param conventionalNames the names of its constraints and indexes that came from the metadata's
 *     naming convention (SQLAlchemy's {@code conv}, rendered as {@code op.f(...)})
 */
public record MetadataTable(Table table, Set<String> conventionalNames) {
  /** Copies the names. */
  public MetadataTable {
    conventionalNames = Set.copyOf(conventionalNames);
  }
}
