package migrationtutor.engine.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.Table;

/**
 * {@code sa.MetaData(naming_convention=...)}: the naming convention as given and the tables {@code
 * sa.Table(name, metadata, ...)} registered in it, in definition order.
 */
public final class SaMetaData implements PyNative {
  private final Map<String, String> namingConvention;
  private final Map<String, SaTable> tables = new LinkedHashMap<>();

  SaMetaData(Map<String, String> namingConvention) {
    this.namingConvention = Collections.unmodifiableMap(new LinkedHashMap<>(namingConvention));
  }

  /** The {@code naming_convention=} dict as given (empty when none was given). */
  public Map<String, String> namingConvention() {
    return namingConvention;
  }

  /** The tables defined on this MetaData, in definition order. */
  public List<Table> tables() {
    return tables.values().stream().map(SaTable::table).toList();
  }

  /** The table value registered under a name, or null. */
  SaTable table(String name) {
    return tables.get(name);
  }

  /** Registers a table ({@code Table.__new__} adds it to {@code metadata.tables}). */
  void register(SaTable table) {
    tables.put(table.table().name(), table);
  }

  @Override
  public String typeName() {
    return "MetaData";
  }

  @Override
  public String repr() {
    return "MetaData()";
  }

  @Override
  public PyValue attribute(String name) {
    switch (name) {
      case "tables":
        {
          PyDict d = new PyDict();
          tables.forEach((k, v) -> d.entries().put(new PyStr(k), v));
          return d;
        }
      case "sorted_tables":
        return new PyList(List.copyOf(tables.values()));
      case "naming_convention":
        {
          PyDict d = new PyDict();
          Map<String, String> shown =
              namingConvention.isEmpty() ? Map.of("ix", "ix_%(column_0_label)s") : namingConvention;
          shown.forEach((k, v) -> d.entries().put(new PyStr(k), new PyStr(v)));
          return d;
        }
      case "schema":
        return PyNone.NONE;
      case "create_all":
      case "drop_all":
      case "reflect":
        return Natives.notModelled(
            "MetaData." + name, "create tables in a migration with op.create_table(...)");
      default:
        return null;
    }
  }
}
