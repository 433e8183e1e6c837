package migrationtutor.engine.ddl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.schema.Table;

/**
 * An INSERT, UPDATE or DELETE built with SQLAlchemy's {@code t.insert()}, {@code t.update()} and
 * {@code t.delete()} on a table ({@code sa.table(...)} or a Table), run by {@code op.execute}.
 * Values are Python values (held as Java values) or {@link SqlExpression}s, by column name in the
 * order given; {@code where} holds the criteria of each {@code .where()} call, joined with AND.
 */
public sealed interface DmlStatement {
  /** The target table. */
  Table table();

  /**
   * {@code t.insert().values(...)}: one row, or several ({@code .values([{...}, {...}])}).
   *
   * @param table the table
   * @param rows the rows, each by column name
   */
  record Insert(Table table, List<Map<String, Object>> rows) implements DmlStatement {
    /** Copies the rows (which may hold null values). */
    public Insert {
      rows = copy(rows);
    }
  }

  /**
   * {@code t.update().where(...).values(...)}.
   *
   * @param table the table
   * @param values the new values by column name
   * @param where the criteria of each {@code .where()} call
   */
  record Update(Table table, Map<String, Object> values, List<SqlExpression> where)
      implements DmlStatement {
    /** Copies the values and criteria. */
    public Update {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      where = List.copyOf(where);
    }
  }

  /**
   * {@code t.delete().where(...)}.
   *
   * @param table the table
   * @param where the criteria of each {@code .where()} call
   */
  record Delete(Table table, List<SqlExpression> where) implements DmlStatement {
    /** Copies the criteria. */
    public Delete {
      where = List.copyOf(where);
    }
  }

  private static List<Map<String, Object>> copy(List<Map<String, Object>> rows) {
    List<Map<String, Object>> out = new ArrayList<>();
    rows.forEach(r -> out.add(Collections.unmodifiableMap(new LinkedHashMap<>(r))));
    return Collections.unmodifiableList(out);
  }
}
