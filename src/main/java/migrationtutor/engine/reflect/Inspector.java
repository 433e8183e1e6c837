package migrationtutor.engine.reflect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import migrationtutor.engine.ddl.SqliteIdentifierPreparer;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.UnsupportedConstructException;
import migrationtutor.engine.sqlite.SqliteSession;

/**
 * SQLAlchemy 1.4.46's {@code Inspector} over an SQLite connection: the dialect's {@code
 * get_table_names}, {@code get_columns}, {@code get_pk_constraint}, {@code get_foreign_keys},
 * {@code get_indexes}, {@code get_unique_constraints} and {@code get_check_constraints}, and {@code
 * reflect_table}, which assembles them into a {@link Table}.
 *
 * <p>Like SQLAlchemy's {@code reflection.cache}, each answer is computed once per inspector, so a
 * warning (a type that takes no arguments, an expression index) is reported once per distinct call.
 * Create a new inspector after the schema changes.
 */
public final class Inspector {
  private final SqliteSession session;
  private final Consumer<PythonWarning> warnings;
  private final Map<String, Object> cache = new HashMap<>();

  /**
   * Creates an inspector.
   *
   * @param session the live connection
   * @param warnings receives SQLAlchemy's {@code SAWarning}s
   */
  public Inspector(SqliteSession session, Consumer<PythonWarning> warnings) {
    if (session == null || warnings == null) {
      throw new IllegalArgumentException("an Inspector needs a session and a warning sink");
    }
    this.session = session;
    this.warnings = warnings;
  }

  /** {@code get_table_names()}: the tables of the main schema, sorted by name. */
  public List<String> getTableNames() {
    return session
        .query("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name", List.of())
        .stream()
        .map(r -> (String) r.get(0))
        .toList();
  }

  /** {@code has_table()}: whether a table of that name exists in main or temp. */
  public boolean hasTable(String tableName) {
    return tableSql(tableName) != null;
  }

  /**
   * {@code get_columns()}, from {@code PRAGMA table_xinfo}.
   *
   * @throws UnsupportedConstructException for a generated (computed) column
   */
  public List<ReflectedColumn> getColumns(String tableName) {
    return List.copyOf(cachedColumns(tableName));
  }

  /**
   * {@code get_pk_constraint()}. Like SQLAlchemy 1.4, it sorts the cached {@code get_columns} list
   * in place by key position, so {@code get_columns} answers afterwards list the key columns last.
   */
  public ReflectedPrimaryKey getPkConstraint(String tableName) {
    return cached(
        "pk " + tableName,
        () -> {
          String sql = tableSql(tableName);
          String name = sql == null ? null : TableSql.primaryKeyName(sql);
          List<ReflectedColumn> cols = cachedColumns(tableName);
          cols.sort(Comparator.comparingInt(ReflectedColumn::primaryKey));
          List<String> pk =
              cols.stream().filter(c -> c.primaryKey() != 0).map(ReflectedColumn::name).toList();
          return new ReflectedPrimaryKey(name, pk);
        });
  }

  /** {@code get_foreign_keys()}. */
  public List<ReflectedForeignKey> getForeignKeys(String tableName) {
    return cached("fks " + tableName, () -> ForeignKeyReflection.read(this, tableName));
  }

  /** {@code get_indexes()}: explicit indexes sorted by name, expression indexes skipped. */
  public List<ReflectedIndex> getIndexes(String tableName) {
    return cached("indexes " + tableName, () -> readIndexes(tableName, false));
  }

  /** {@code get_unique_constraints()}. */
  public List<ReflectedUniqueConstraint> getUniqueConstraints(String tableName) {
    return cached(
        "uniques " + tableName,
        () -> {
          Map<List<String>, ReflectedIndex> autoBySignature = new LinkedHashMap<>();
          List<ReflectedIndex> all =
              cached("indexes+auto " + tableName, () -> readIndexes(tableName, true));
          for (ReflectedIndex ix : all) {
            if (ix.name().startsWith("sqlite_autoindex")) {
              autoBySignature.put(ix.columnNames(), ix);
            }
          }
          String sql = tableSql(tableName);
          if (sql == null || sql.isEmpty()) {
            return List.of();
          }
          List<ReflectedUniqueConstraint> out = new ArrayList<>();
          for (TableSql.ParsedUnique uq : TableSql.uniques(sql)) {
            if (autoBySignature.remove(uq.columns()) != null) {
              out.add(new ReflectedUniqueConstraint(uq.name(), uq.columns()));
            }
          }
          return out;
        });
  }

  /** {@code get_check_constraints()}. */
  public List<ReflectedCheckConstraint> getCheckConstraints(String tableName) {
    return cached(
        "checks " + tableName,
        () -> {
          String sql = tableSql(tableName);
          return sql == null || sql.isEmpty() ? List.of() : TableSql.checks(sql);
        });
  }

  /**
   * {@code Table(name, MetaData(), autoload_with=connection)}: the table as {@code
   * Inspector.reflect_table} assembles it, with the tables its foreign keys refer to reflected as
   * well ({@code resolve_fks=True}), which is where a missing referred table fails.
   *
   * @param columnReflect a {@code column_reflect} listener applied to each column before it is
   *     built (Alembic's batch mode adds parentheses to expression defaults this way)
   * @throws migrationtutor.engine.schema.PythonException {@code NoSuchTableError} for a missing
   *     table
   */
  public Table reflectTable(String tableName, UnaryOperator<ReflectedColumn> columnReflect) {
    return new TableReflection(this, columnReflect).reflect(tableName);
  }

  /** A new inspector on the same connection, as SQLAlchemy makes one per autoloaded Table. */
  Inspector fresh() {
    return new Inspector(session, warnings);
  }

  private List<ReflectedColumn> cachedColumns(String tableName) {
    return cached("columns " + tableName, () -> new ArrayList<>(readColumns(tableName)));
  }

  /** The stored {@code CREATE TABLE} text (main or temp), or null. */
  String tableSql(String tableName) {
    return cached(
        "sql " + tableName,
        () -> {
          List<List<Object>> rows =
              session.query(
                  "SELECT sql FROM  (SELECT * FROM sqlite_master UNION ALL   SELECT * FROM"
                      + " sqlite_temp_master) WHERE name = ? AND type = 'table'",
                  List.of(tableName));
          return rows.isEmpty() ? null : (String) rows.get(0).get(0);
        });
  }

  /** {@code _get_table_pragma}: {@code PRAGMA main.x("t")}, or temp when main has no rows. */
  List<List<Object>> pragma(String pragma, String name) {
    String quoted = SqliteIdentifierPreparer.quoteIdentifier(name);
    List<List<Object>> rows = session.query("PRAGMA main." + pragma + "(" + quoted + ")", null);
    if (rows.isEmpty()) {
      rows = session.query("PRAGMA temp." + pragma + "(" + quoted + ")", null);
    }
    return rows;
  }

  void warn(String message) {
    warnings.accept(new PythonWarning("SAWarning", message));
  }

  private List<ReflectedColumn> readColumns(String tableName) {
    List<ReflectedColumn> columns = new ArrayList<>();
    for (List<Object> row : pragma("table_xinfo", tableName)) {
      String name = (String) row.get(1);
      int hidden = ((Number) row.get(6)).intValue();
      if (hidden == 1) {
        continue;
      }
      if (hidden != 0) {
        throw new UnsupportedConstructException(
            "the generated column " + name + " of table " + tableName,
            "use a plain column filled by the application");
      }
      String declared = row.get(2) == null ? "" : (String) row.get(2);
      boolean nullable = ((Number) row.get(3)).intValue() == 0;
      Object dflt = row.get(4);
      columns.add(
          new ReflectedColumn(
              name,
              TypeAffinity.resolve(declared, warnings),
              nullable,
              dflt == null ? null : dflt.toString(),
              ((Number) row.get(5)).intValue()));
    }
    return columns;
  }

  private List<ReflectedIndex> readIndexes(String tableName, boolean includeAuto) {
    List<String> names = new ArrayList<>();
    List<Boolean> unique = new ArrayList<>();
    List<String> wheres = new ArrayList<>();
    for (List<Object> row : pragma("index_list", tableName)) {
      String name = (String) row.get(1);
      if (!includeAuto && name.startsWith("sqlite_autoindex")) {
        continue;
      }
      names.add(name);
      unique.add(((Number) row.get(2)).intValue() != 0);
      String where = null;
      if (row.size() >= 5 && row.get(4) != null && ((Number) row.get(4)).intValue() != 0) {
        List<List<Object>> sql =
            session.query(
                "SELECT sql FROM sqlite_master WHERE name = ? AND type = 'index'", List.of(name));
        where = TableSql.partialPredicate((String) sql.get(0).get(0));
        if (where == null) {
          warn("Failed to look up filter predicate of partial index " + name);
        }
      }
      wheres.add(where);
    }
    List<ReflectedIndex> indexes = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      List<String> columns = new ArrayList<>();
      boolean expression = false;
      for (List<Object> row : pragma("index_info", names.get(i))) {
        if (row.get(2) == null) {
          warn("Skipped unsupported reflection of expression-based index " + names.get(i));
          expression = true;
          break;
        }
        columns.add((String) row.get(2));
      }
      if (!expression) {
        indexes.add(new ReflectedIndex(names.get(i), columns, unique.get(i), wheres.get(i)));
      }
    }
    indexes.sort(Comparator.comparing(ReflectedIndex::name));
    return List.copyOf(indexes);
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(String key, java.util.function.Supplier<T> compute) {
    if (cache.containsKey(key)) {
      return (T) cache.get(key);
    }
    T value = compute.get();
    cache.put(key, value);
    return value;
  }
}
