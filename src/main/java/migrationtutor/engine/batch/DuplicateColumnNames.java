package migrationtutor.engine.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.ddl.SqlSink;
import migrationtutor.engine.ddl.SqlStatement;
import migrationtutor.engine.ddl.SqliteIdentifierPreparer;

/**
 * A rename onto a name another column has ({@code alter_column('title', new_column_name='user_id')}
 * while {@code user_id} exists). Alembic's renamed Column keeps its old key, and SQLAlchemy 1.4's
 * column collection ({@code DedupeColumnCollection.replace}) lets a column whose key differs from
 * its name push out, in place, an earlier column named that name whose key is its name. So a rename
 * onto a later column leaves both (the {@code CREATE TABLE} lists the name twice: SQLite refuses it
 * online, {@code --sql} writes it), while a rename onto an earlier column removes that one (the
 * {@code INSERT ... SELECT} then fails on its key with {@code KeyError}). The engine's Table cannot
 * hold two columns of one name, so the later ones are built under placeholder names that need no
 * quoting, put back (quoted) in every statement on its way to the sink.
 */
final class DuplicateColumnNames {
  private static final String PREFIX = "alembic_batch_duplicate_";
  private static final Pattern PLACEHOLDER = Pattern.compile(PREFIX + "(\\d+)_");

  private DuplicateColumnNames() {}

  /**
   * How the new table comes out.
   *
   * @param tableKeys the keys of the new table's columns, in order
   * @param missingKey the first transferred key no longer in the table, or null
   * @param sink the sink that restores placeholder names (the given one if none was needed)
   */
  record Resolved(List<String> tableKeys, String missingKey, SqlSink sink) {}

  static Resolved resolve(ApplyBatchImpl batch, List<String> keys, SqlSink sink) {
    List<String> tableKeys = new ArrayList<>();
    for (String k : keys) {
      String name = batch.columns.get(k).name();
      int pushedOut = tableKeys.indexOf(name);
      if (!k.equals(name)
          && pushedOut >= 0
          && batch.columns.get(tableKeys.get(pushedOut)).name().equals(name)) {
        tableKeys.set(pushedOut, k);
      } else {
        tableKeys.add(k);
      }
    }
    String missingKey = keys.stream().filter(k -> !tableKeys.contains(k)).findFirst().orElse(null);
    Map<Integer, String> realNames = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (String k : tableKeys) {
      String name = batch.columns.get(k).name();
      if (names.contains(name)) {
        int n = realNames.size();
        realNames.put(n, name);
        batch.columns.put(k, Columns.renamed(batch.columns.get(k), PREFIX + n + "_"));
      }
      names.add(name);
    }
    return new Resolved(
        tableKeys, missingKey, realNames.isEmpty() ? sink : restoring(sink, realNames));
  }

  private static SqlSink restoring(SqlSink sink, Map<Integer, String> realNames) {
    return new SqlSink() {
      @Override
      public void execute(SqlStatement s) {
        Matcher m = PLACEHOLDER.matcher(s.sql());
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
          String real = realNames.get(Integer.parseInt(m.group(1)));
          m.appendReplacement(sql, Matcher.quoteReplacement(SqliteIdentifierPreparer.quote(real)));
        }
        m.appendTail(sql);
        sink.execute(new SqlStatement(sql.toString(), s.kind(), s.parameterSets()));
      }

      @Override
      public boolean isOffline() {
        return sink.isOffline();
      }
    };
  }
}
