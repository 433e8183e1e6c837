package migrationtutor.engine.ddl;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import migrationtutor.engine.schema.FunctionServerDefault;
import migrationtutor.engine.schema.UnsupportedConstructException;

/**
 * Compiles {@code sa.func.<name>(...)} with literal arguments for SQLite, as {@code
 * SQLCompiler.visit_function} does: names SQLAlchemy registers are looked up case-insensitively and
 * spelled its way ({@code now} → {@code CURRENT_TIMESTAMP} on SQLite, ANSI functions without
 * parentheses when they have no arguments), other names are kept as written.
 */
final class SqlFunctions {
  private SqlFunctions() {}

  // compiler.FUNCTIONS: fixed spellings; "%s" marks where arguments go when there are some.
  private static final Map<String, String> FIXED =
      Map.of(
          "current_date",
          "CURRENT_DATE",
          "current_time",
          "CURRENT_TIME",
          "current_timestamp",
          "CURRENT_TIMESTAMP",
          "current_user",
          "CURRENT_USER",
          "localtime",
          "LOCALTIME",
          "session_user",
          "SESSION_USER",
          "sysdate",
          "sysdate",
          "user",
          "USER",
          "cube",
          "CUBE",
          "rollup",
          "ROLLUP");

  // GenericFunction subclasses rendered as their lower-case name with parentheses.
  private static final Set<String> GENERIC =
      Set.of(
          "coalesce",
          "concat",
          "max",
          "min",
          "sum",
          "random",
          "rank",
          "dense_rank",
          "percent_rank",
          "cume_dist",
          "mode",
          "percentile_cont",
          "percentile_disc",
          "array_agg",
          "count");

  // Registered functions whose SQL needs column expressions or special arguments.
  private static final Set<String> UNSUPPORTED =
      Set.of(
          "cast",
          "extract",
          "char_length",
          "next_value",
          "ansifunction",
          "orderedsetagg",
          "returntypefromargs");

  static String compile(FunctionServerDefault function) {
    List<String> args =
        function.arguments().stream()
            .map(
                a ->
                    a instanceof FunctionServerDefault f
                        ? compile(f)
                        : LiteralRenderer.renderInferred(a))
            .toList();
    return compile(
        function.name(),
        args,
        "sa.func." + function.name() + "(...) as a server default",
        "write the default as sa.text('...') instead");
  }

  /**
   * A function call whose arguments are compiled already.
   *
   * @param construct names the use in the error for functions the tutor cannot render
   * @param instead what to write instead, for that error
   */
  static String compile(String functionName, List<String> args, String construct, String instead) {
    String lower = functionName.toLowerCase(Locale.ROOT);
    if (lower.equals("now")) {
      return "CURRENT_TIMESTAMP";
    } else if (lower.equals("localtimestamp")) {
      return "DATETIME(CURRENT_TIMESTAMP, \"localtime\")";
    } else if (lower.equals("grouping_sets")) {
      return "GROUPING SETS" + argspec(args);
    } else if (FIXED.containsKey(lower)) {
      return FIXED.get(lower) + (args.isEmpty() ? "" : argspec(args));
    } else if (lower.equals("count") && args.isEmpty()) {
      return "count(*)";
    } else if (GENERIC.contains(lower)) {
      return lower + argspec(args);
    } else if (UNSUPPORTED.contains(lower)) {
      throw new UnsupportedConstructException(construct, instead);
    }
    String name = functionName;
    if (!SqliteIdentifierPreparer.hasLegalCharacters(name)) {
      name = SqliteIdentifierPreparer.quoteIdentifier(name);
    }
    return name + argspec(args);
  }

  private static String argspec(List<String> args) {
    return "(" + String.join(", ", args) + ")";
  }
}
