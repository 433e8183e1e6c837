package migrationtutor.engine.batch;

import java.util.List;
import java.util.Map;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TableElement;

/**
 * A finished {@code batch_alter_table} block: the arguments it was opened with and the operations
 * recorded in it, in order.
 *
 * @param tableName the table being altered
 * @param recreate {@code auto}, {@code always} or {@code never}
 * @param copyFrom the {@code copy_from=} Table, or null to reflect the live table
 * @param tableArgs extra {@code table_args} elements for the new table
 * @param tableKwargs {@code table_kwargs}
 * @param partialReordering {@code partial_reordering} column-name tuples, or empty
 * @param namingConvention {@code naming_convention}, or empty
 * @param ops the recorded operations
 * @param reflectArgs {@code reflect_args}: columns replacing reflected ones, extra constraints and
 *     indexes (ignored with {@code copy_from}, as Alembic ignores them)
 */
public record BatchRequest(
    String tableName,
    String recreate,
    Table copyFrom,
    List<TableElement> tableArgs,
    Map<String, Object> tableKwargs,
    List<List<String>> partialReordering,
    Map<String, String> namingConvention,
    List<BatchOp> ops,
    List<TableElement> reflectArgs) {

  /** A request without {@code reflect_args}. */
  public BatchRequest(
      String tableName,
      String recreate,
      Table copyFrom,
      List<TableElement> tableArgs,
      Map<String, Object> tableKwargs,
      List<List<String>> partialReordering,
      Map<String, String> namingConvention,
      List<BatchOp> ops) {
    this(
        tableName,
        recreate,
        copyFrom,
        tableArgs,
        tableKwargs,
        partialReordering,
        namingConvention,
        ops,
        List.of());
  }

  public BatchRequest {
    if (!recreate.equals("auto") && !recreate.equals("always") && !recreate.equals("never")) {
      throw new IllegalArgumentException("recreate must be auto, always or never: " + recreate);
    }
    tableArgs = List.copyOf(tableArgs);
    tableKwargs = Map.copyOf(tableKwargs);
    partialReordering = List.copyOf(partialReordering);
    namingConvention = Map.copyOf(namingConvention);
    ops = List.copyOf(ops);
    reflectArgs = List.copyOf(reflectArgs);
  }
}
