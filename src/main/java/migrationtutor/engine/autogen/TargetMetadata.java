package migrationtutor.engine.autogen;

import java.util.List;

/**
 * {@code target_metadata}: one MetaData, or a sequence of them, each a list of tables in the order
 * they were defined.
 *
 * @param metadatas the MetaData objects in the order env.py gave them
 */
public record TargetMetadata(List<List<MetadataTable>> metadatas) {
  /** Copies the lists. */
  public TargetMetadata {
    metadatas = metadatas.stream().map(List::copyOf).toList();
  }

  /** A single MetaData. */
  public static TargetMetadata of(List<MetadataTable> tables) {
    return new TargetMetadata(List.of(tables));
  }
}
