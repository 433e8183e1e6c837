package migrationtutor.engine.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.PythonWarning;

/**
 * SQLAlchemy's {@code DialectKWArgs._validate_dialect_kwargs}: keyword arguments a schema construct
 * does not name itself must read {@code <dialect>_<argument>} and be an argument that dialect
 * declares for the construct ({@code construct_arguments}, inherited along the class hierarchy).
 * This is what turns a misspelt {@code nulable=False} into a TypeError.
 */
final class DialectKwargs {
  /** The schema constructs that take dialect keywords, with their class hierarchy. */
  enum Construct {
    TABLE("Table"),
    COLUMN("Column"),
    INDEX("Index"),
    PRIMARY_KEY("PrimaryKeyConstraint", "Constraint"),
    UNIQUE("UniqueConstraint", "Constraint"),
    FOREIGN_KEY("ForeignKeyConstraint", "Constraint"),
    CHECK("CheckConstraint", "Constraint");

    private final List<String> classes;

    Construct(String... classes) {
      this.classes = List.of(classes);
    }

    String className() {
      return classes.get(0);
    }
  }

  private static final Pattern DIALECT_ARG = Pattern.compile("^(.+?)_(.+)$", Pattern.DOTALL);

  // construct_arguments of the dialects SQLAlchemy 1.4.46 ships ("*" accepts any argument).
  private static final Map<String, Map<String, Set<String>>> DIALECTS =
      Map.of(
          "sqlite",
              Map.of(
                  "Table", Set.of("autoincrement", "with_rowid"),
                  "Index", Set.of("where"),
                  "Column",
                      Set.of(
                          "on_conflict_primary_key", "on_conflict_not_null", "on_conflict_unique"),
                  "Constraint", Set.of("on_conflict")),
          "postgresql",
              Map.of(
                  "Index",
                      Set.of(
                          "using", "include", "where", "ops", "concurrently", "with", "tablespace"),
                  "Table",
                      Set.of(
                          "ignore_search_path",
                          "tablespace",
                          "partition_by",
                          "with_oids",
                          "on_commit",
                          "inherits"),
                  "CheckConstraint", Set.of("not_valid"),
                  "ForeignKeyConstraint", Set.of("not_valid")),
          "mysql", mysql(),
          "mariadb", mysql(),
          "mssql",
              Map.of(
                  "PrimaryKeyConstraint", Set.of("clustered"),
                  "UniqueConstraint", Set.of("clustered"),
                  "Index", Set.of("clustered", "include", "where"),
                  "Column", Set.of("identity_start", "identity_increment")),
          "oracle",
              Map.of(
                  "Table", Set.of("resolve_synonyms", "on_commit", "compress"),
                  "Index", Set.of("bitmap", "compress")));

  private DialectKwargs() {}

  private static Map<String, Set<String>> mysql() {
    return Map.of(
        "Table",
        Set.of("*"),
        "PrimaryKeyConstraint",
        Set.of("using"),
        "Index",
        Set.of("using", "length", "prefix", "with_parser"));
  }

  /**
   * Validates the remaining keywords of a construct and returns them by name ({@code sqlite_where},
   * ...) for the caller to apply.
   *
   * @throws PyException TypeError for a keyword without a dialect prefix, ArgumentError for an
   *     argument the dialect does not accept
   */
  static Map<String, PyValue> validate(
      Map<String, PyValue> kw, Construct construct, Consumer<PythonWarning> warnings) {
    Map<String, PyValue> valid = new LinkedHashMap<>();
    for (Map.Entry<String, PyValue> e : kw.entrySet()) {
      String key = e.getKey();
      Matcher m = DIALECT_ARG.matcher(key);
      if (!m.matches()) {
        throw PyException.typeError(
            "Additional arguments should be named <dialectname>_<argument>, got '" + key + "'");
      }
      Map<String, Set<String>> dialect = DIALECTS.get(m.group(1));
      if (dialect == null) {
        warnings.accept(
            new PythonWarning(
                "SAWarning",
                "Can't validate argument '"
                    + key
                    + "'; can't locate any SQLAlchemy dialect named '"
                    + m.group(1)
                    + "'"));
      } else if (!accepts(dialect, construct, m.group(2))) {
        throw SqlAlchemyExc.argumentError(
            "Argument '"
                + key
                + "' is not accepted by dialect '"
                + m.group(1)
                + "' on behalf of <class 'sqlalchemy.sql.schema."
                + construct.className()
                + "'>");
      }
      valid.put(key, e.getValue());
    }
    return valid;
  }

  private static boolean accepts(Map<String, Set<String>> dialect, Construct c, String arg) {
    for (String cls : c.classes) {
      Set<String> args = dialect.get(cls);
      if (args != null && (args.contains("*") || args.contains(arg))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses dialect keywords that would change SQLite DDL in a way the engine does not model
   * ({@code sqlite_on_conflict...}); other dialects' keywords do nothing on SQLite.
   */
  static void refuseSqlite(Map<String, PyValue> valid, String construct, Set<String> modelled) {
    for (String key : valid.keySet()) {
      if (key.startsWith("sqlite_") && !modelled.contains(key)) {
        throw PyArgs.unsupported(
            construct + "(" + key + "=...)", "leave " + key + " out; the tutor does not model it");
      }
    }
  }
}
