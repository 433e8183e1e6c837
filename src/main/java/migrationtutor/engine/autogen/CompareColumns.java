package migrationtutor.engine.autogen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.schema.Autoincrement;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.FloatType;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.NumericType;
import migrationtutor.engine.schema.ServerDefault;
import migrationtutor.engine.schema.Table;

/**
 * {@code _compare_columns} and the column comparators of {@code alembic/autogenerate/compare.py}
 * ({@code _compare_nullable}, {@code _setup_autoincrement}, {@code _compare_type}, {@code
 * _compare_server_default}; SQLite has no column comments), for a table both sides have.
 */
final class CompareColumns {
  private final AutogenContext ctx;
  private final Table conn;
  private final Table metadata;

  CompareColumns(AutogenContext ctx, Table conn, Table metadata) {
    this.ctx = ctx;
    this.conn = conn;
    this.metadata = metadata;
  }

  /** Added columns (model order), then altered ones (model order). */
  List<MigrateOperation> addedAndAltered() {
    String name = metadata.name();
    Map<String, Column> connCols = byName(conn);
    List<MigrateOperation> ops = new ArrayList<>();
    for (Column c : metadata.columns()) {
      if (!connCols.containsKey(c.name())) {
        ops.add(new AddColumnOp(name, c));
        ctx.info("Detected added column '" + name + "." + c.name() + "'", "_compare_columns", 365);
      }
    }
    for (Column c : metadata.columns()) {
      Column connCol = connCols.get(c.name());
      if (connCol != null) {
        AlterColumnOp op = compare(AlterColumnOp.of(name, c.name()), connCol, c);
        if (op.hasChanges()) {
          ops.add(op);
        }
      }
    }
    return ops;
  }

  /**
   * Removed columns. Alembic iterates a Python set of names here, an arbitrary order; the engine
   * keeps the database's column order.
   */
  List<MigrateOperation> removed() {
    Map<String, Column> metaCols = byName(metadata);
    List<MigrateOperation> ops = new ArrayList<>();
    for (Column c : conn.columns()) {
      if (!metaCols.containsKey(c.name())) {
        ops.add(new DropColumnOp(metadata.name(), c));
        ctx.info(
            "Detected removed column '" + metadata.name() + "." + c.name() + "'",
            "_compare_columns",
            400);
      }
    }
    return ops;
  }

  private AlterColumnOp compare(AlterColumnOp op, Column connCol, Column metaCol) {
    String where = metadata.name() + "." + metaCol.name();
    op = op.withExistingNullable(connCol.isNullable());
    if (connCol.isNullable() != metaCol.isNullable()) {
      op = op.withModifyNullable(metaCol.isNullable());
      ctx.info(
          "Detected " + (metaCol.isNullable() ? "NULL" : "NOT NULL") + " on column '" + where + "'",
          "_compare_nullable",
          933);
    }
    if (isAutoincrementColumn(metadata, metaCol)) {
      op = op.withAutoincrement(true);
    } else if (metaCol.autoincrement() == Autoincrement.TRUE) {
      op = op.withAutoincrement(true);
    } else if (metaCol.autoincrement() == Autoincrement.FALSE) {
      op = op.withAutoincrement(false);
    }
    op = compareType(op, connCol, metaCol, where);
    return compareServerDefault(op, connCol, metaCol, where);
  }

  private AlterColumnOp compareType(
      AlterColumnOp op, Column connCol, Column metaCol, String where) {
    op = op.withExistingType(connCol.type());
    if (connCol.type() instanceof NullType) {
      ctx.info("Couldn't determine database type for column '" + where + "'", "_compare_type", 975);
      return op;
    }
    if (metaCol.type() instanceof NullType) {
      ctx.info(
          "Column '" + where + "' has no type within the model; can't compare",
          "_compare_type",
          982);
      return op;
    }
    if (ctx.options().compareType() && TypeComparison.differ(connCol.type(), metaCol.type())) {
      op = op.withModifyType(metaCol.type());
      ctx.info(
          "Detected type change from "
              + connCol.type().pythonRepr()
              + " to "
              + metaCol.type().pythonRepr()
              + " on '"
              + where
              + "'",
          "_compare_type",
          995);
    }
    return op;
  }

  private AlterColumnOp compareServerDefault(
      AlterColumnOp op, Column connCol, Column metaCol, String where) {
    ServerDefault metaDefault = metaCol.serverDefault();
    ServerDefault connDefault = connCol.serverDefault();
    if (metaDefault == null && connDefault == null) {
      return op;
    }
    String renderedMeta = ServerDefaults.renderForCompare(metaDefault, metaCol.type());
    String renderedConn = ServerDefaults.reflectedText(connDefault);
    boolean differ =
        ctx.options().compareServerDefault() && ServerDefaults.differ(renderedMeta, renderedConn);
    if (differ) {
      ctx.info(
          "Detected server default on column '" + where + "'", "_compare_server_default", 1194);
    }
    return op.withServerDefaults(
        DefaultSetting.of(connDefault),
        differ ? DefaultSetting.of(metaDefault) : DefaultSetting.NOT_GIVEN);
  }

  /**
   * {@code table._autoincrement_column is column}: a one-column primary key of integer or numeric
   * type, without a Python or server default or a foreign key, unless {@code autoincrement=True}.
   */
  static boolean isAutoincrementColumn(Table table, Column c) {
    List<String> pk = table.primaryKey().columns();
    if (pk.size() != 1 || !pk.get(0).equals(c.name())) {
      return false;
    }
    if (c.autoincrement() == Autoincrement.TRUE) {
      return true;
    }
    if (c.autoincrement() == Autoincrement.FALSE) {
      return false;
    }
    boolean numeric =
        c.type() instanceof IntegerType
            || c.type() instanceof NumericType
            || c.type() instanceof FloatType;
    return numeric
        && !c.hasDefault()
        && c.serverDefault() == null
        && (c.foreignKeys().isEmpty() && !hasForeignKey(table, c)
            || c.autoincrement() == Autoincrement.IGNORE_FK);
  }

  private static boolean hasForeignKey(Table table, Column c) {
    return table.constraints().stream()
        .anyMatch(
            k ->
                k instanceof migrationtutor.engine.schema.ForeignKeyConstraint fk
                    && fk.columns().contains(c.name()));
  }

  private static Map<String, Column> byName(Table t) {
    Map<String, Column> out = new LinkedHashMap<>();
    t.columns().forEach(c -> out.put(c.name(), c));
    return out;
  }
}
