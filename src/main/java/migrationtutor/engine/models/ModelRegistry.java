package migrationtutor.engine.models;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.ops.SaMetaData;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyException;

/**
 * The tables declarative classes mapped, per MetaData (by identity), in the order the classes were
 * defined — the part of {@code MetaData.tables} that {@code Table(name, metadata, ...)} calls in
 * the models do not record themselves — and which table each mapped class uses.
 */
final class ModelRegistry {
  /** Where a mapped class's table is. */
  record Mapping(SaMetaData metadata, String tableName) {}

  private final Map<SaMetaData, Map<String, DeclaredTable>> tables = new IdentityHashMap<>();
  private final Map<PyClass, Mapping> mapped = new IdentityHashMap<>();

  /**
   * Registers a class's new table.
   *
   * @throws PyException SQLAlchemy's InvalidRequestError when the MetaData already has the name
   */
  void add(SaMetaData metadata, DeclaredTable table) {
    String name = table.table().name();
    Map<String, DeclaredTable> forMetadata =
        tables.computeIfAbsent(metadata, m -> new LinkedHashMap<>());
    if (forMetadata.containsKey(name)
        || metadata.tables().stream().anyMatch(t -> t.name().equals(name))) {
      throw new PyException(
          "sqlalchemy.exc.InvalidRequestError",
          "Table '"
              + name
              + "' is already defined for this MetaData instance.  Specify 'extend_existing=True'"
              + " to redefine options and columns on an existing Table object.");
    }
    forMetadata.put(name, table);
    mapped.put(table.owner(), new Mapping(metadata, name));
  }

  /** Maps a class to an existing table, replacing it (single-table inheritance grows it). */
  void mapTo(PyClass cls, Mapping mapping, DeclaredTable grown) {
    tables.get(mapping.metadata()).put(mapping.tableName(), grown);
    mapped.put(cls, mapping);
  }

  /**
   * Records a class mapped to a table its {@code __table__} names, which its MetaData already
   * holds.
   */
  void mapExternal(PyClass cls, Mapping mapping) {
    mapped.put(cls, mapping);
  }

  /** Where a class is mapped, or null if it is not. */
  Mapping mapping(PyClass cls) {
    return mapped.get(cls);
  }

  /** The declarative table at a mapping, or null for a {@code __table__} one. */
  DeclaredTable table(Mapping m) {
    Map<String, DeclaredTable> t = tables.get(m.metadata());
    return t == null ? null : t.get(m.tableName());
  }

  /** The declarative tables of a MetaData, in definition order. */
  List<DeclaredTable> tables(SaMetaData metadata) {
    Map<String, DeclaredTable> t = tables.get(metadata);
    return t == null ? List.of() : new ArrayList<>(t.values());
  }
}
