package migrationtutor.engine.ddl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One statement as SQLAlchemy hands it to the sqlite3 driver (and logs it): the compiled SQL and
 * its parameter sets.
 *
 * <p>{@code parameterSets} is empty for a statement without parameters ({@code cursor.execute(sql,
 * ())}), holds one list for {@code cursor.execute(sql, params)} and several for {@code
 * cursor.executemany(sql, sets)}. The values are what SQLAlchemy's bind processors give the driver:
 * {@code null}, {@link Long}/{@link java.math.BigInteger}, {@link Double}, {@link String}, {@link
 * Boolean} (an {@code int}/{@code bool} passed through unchanged), {@code byte[]}. Offline
 * statements carry no parameters.
 *
 * @param sql the SQL exactly as compiled, e.g. {@code "\nCREATE TABLE ... \n)\n\n"}
 * @param kind what compiled it, which decides how SQLAlchemy's engine log describes it
 * @param parameterSets the parameter sets, each in placeholder order
 */
public record SqlStatement(String sql, Kind kind, List<List<Object>> parameterSets) {

  /** What produced the statement. */
  public enum Kind {
    /** A DDL construct; SQLAlchemy logs {@code [no key 0.00004s] ()} after it. */
    DDL,
    /**
     * A compiled INSERT/UPDATE/DELETE; logged with {@code [generated in ...]} / {@code [cached
     * since ...]}.
     */
    DML,
    /** A {@code text()} statement from {@code op.execute}; logged like DML. */
    TEXT
  }

  /** Copies the parameter sets (which may hold nulls). */
  public SqlStatement {
    if (sql == null || kind == null || parameterSets == null) {
      throw new IllegalArgumentException("a statement needs SQL, a kind and parameter sets");
    }
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> set : parameterSets) {
      copy.add(Collections.unmodifiableList(new ArrayList<>(set)));
    }
    parameterSets = Collections.unmodifiableList(copy);
  }

  /** A statement without parameters. */
  public SqlStatement(String sql, Kind kind) {
    this(sql, kind, List.of());
  }

  /** Whether the driver gets it through {@code executemany}. */
  public boolean isExecutemany() {
    return parameterSets.size() > 1;
  }

  /**
   * The parameters as SQLAlchemy's engine log shows them after the statement ({@code [generated in
   * 0.00009s] (1, 'home')}): {@code ()}, one tuple, or a tuple of tuples for executemany ({@code
   * sql_util._repr_params}, at most 10 sets shown).
   */
  public String logParameters() {
    return ParamsRepr.log(this);
  }

  /**
   * The statement as Alembic's offline ({@code --sql}) mode writes it: tabs replaced by four
   * spaces, surrounding whitespace stripped, {@code ;} appended ({@code DefaultImpl._exec}).
   * Alembic follows it with a blank line ({@code static_output} writes {@code text + "\n\n"}).
   */
  public String offlineText() {
    return PythonValues.pythonStrip(sql.replace("\t", "    ")) + ";";
  }
}
