package migrationtutor.engine.autogen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.Table;

/**
 * {@code _autogen_for_tables} and {@code _compare_tables}: added tables (in the metadata's sorted
 * order) with their indexes, removed tables after the indexes they lose, then the tables both sides
 * have, by name.
 */
final class CompareTables {
  private final AutogenContext ctx;

  CompareTables(AutogenContext ctx) {
    this.ctx = ctx;
  }

  /** {@code _produce_net_changes}: the upgrade operations. */
  List<MigrateOperation> produceNetChanges() {
    String versionTable = ctx.options().versionTable();
    List<String> connTables = new ArrayList<>();
    for (String t : ctx.inspector().getTableNames()) {
      if (!t.equals(versionTable)) {
        connTables.add(t);
      }
    }
    Map<String, MetadataTable> metadataTables = metadataTables(versionTable);
    List<MigrateOperation> ops = new ArrayList<>();
    for (MetadataTable t : metadataTables.values()) {
      String name = t.table().name();
      if (connTables.contains(name)) {
        continue;
      }
      ops.add(new CreateTableOp(t.table(), t.conventionalNames()));
      ctx.info("Detected added table " + PythonRepr.strRepr(name), "_compare_tables", 184);
      addIfAny(ops, name, new CompareConstraints(ctx, name, t, null).compare());
    }
    // Alembic iterates a Python set of names here (an arbitrary order); the engine takes the
    // database's table names in their sorted order.
    for (String name : connTables) {
      if (metadataTables.containsKey(name)) {
        continue;
      }
      Table reflected = reflect(name);
      addIfAny(ops, name, new CompareConstraints(ctx, name, null, reflected).compare());
      ops.add(new DropTableOp(new CreateTableOp(reflected, Set.of())));
      ctx.info("Detected removed table " + PythonRepr.strRepr(name), "_compare_tables", 226);
    }
    for (String name : new TreeSet<>(connTables)) {
      MetadataTable metadata = metadataTables.get(name);
      if (metadata == null) {
        continue;
      }
      Table conn = reflect(name);
      CompareColumns columns = new CompareColumns(ctx, conn, metadata.table());
      List<MigrateOperation> tableOps = new ArrayList<>(columns.addedAndAltered());
      tableOps.addAll(new CompareConstraints(ctx, name, metadata, conn).compare());
      tableOps.addAll(CompareForeignKeys.compare(ctx, name, metadata));
      tableOps.addAll(columns.removed());
      addIfAny(ops, name, tableOps);
    }
    return ops;
  }

  private static void addIfAny(
      List<MigrateOperation> ops, String table, List<MigrateOperation> more) {
    if (!more.isEmpty()) {
      ops.add(new ModifyTableOps(table, more));
    }
  }

  private Table reflect(String name) {
    return ctx.inspector().reflectTable(name, ServerDefaults::columnReflect);
  }

  /**
   * {@code autogen_context.sorted_tables} without the version table, keyed by name ({@code
   * table_key_to_table}, which refuses a name two MetaData objects share).
   */
  private Map<String, MetadataTable> metadataTables(String versionTable) {
    Map<String, MetadataTable> out = new LinkedHashMap<>();
    Set<String> duplicates = new TreeSet<>();
    List<MetadataTable> sorted = new ArrayList<>();
    for (List<MetadataTable> metadata : ctx.metadata().metadatas()) {
      for (MetadataTable t : metadata) {
        if (sorted.stream().anyMatch(s -> s.table().name().equals(t.table().name()))) {
          duplicates.add(t.table().name());
        }
      }
      sorted.addAll(SortedTables.sort(metadata, ctx.warnings()));
    }
    if (!duplicates.isEmpty()) {
      throw new PythonError(
          "ValueError",
          "Duplicate table keys across multiple MetaData objects: "
              + String.join(", ", duplicates.stream().map(d -> "\"" + d + "\"").toList()));
    }
    for (MetadataTable t : sorted) {
      if (!t.table().name().equals(versionTable)) {
        out.putIfAbsent(t.table().name(), t);
      }
    }
    return out;
  }
}
