package migrationtutor.engine.autogen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.ddl.SqliteTypeCompiler;
import migrationtutor.engine.schema.SqlType;

/**
 * {@code DefaultImpl.compare_type} (Alembic 1.8.1, which {@code SQLiteImpl} keeps): both types are
 * compiled to SQLite DDL, lower-cased and split into a first word, further words and the values in
 * parentheses; they differ when the first words differ (NUMERIC and DECIMAL are synonyms), or when
 * an equal number of further words or of values differ. So {@code VARCHAR(255)} and {@code
 * String(100)} differ, while {@code VARCHAR} and {@code VARCHAR(255)} do not.
 */
final class TypeComparison {
  private static final Pattern TOKENS = Pattern.compile("[\\w\\-_]+|\\(.+?\\)");
  private static final Pattern PAREN_TERM = Pattern.compile("^\\(.*\\)$");
  private static final Pattern ARG = Pattern.compile("[^(),]+");
  private static final List<Set<String>> SYNONYMS = List.of(Set.of("numeric", "decimal"));

  private TypeComparison() {}

  /** {@code Params}: the tokenized type. */
  private record Params(String token0, List<String> tokens, List<String> args) {}

  /** Whether the reflected and the model type differ. */
  static boolean differ(SqlType inspected, SqlType metadata) {
    Params i = tokenize(inspected);
    Params m = tokenize(metadata);
    return !typesMatch(i, m) || !argsMatch(i, m);
  }

  private static Params tokenize(SqlType type) {
    String definition = SqliteTypeCompiler.process(type).toLowerCase(Locale.ROOT);
    Matcher t = TOKENS.matcher(definition);
    List<String> terms = new ArrayList<>();
    String paren = null;
    while (t.find()) {
      if (PAREN_TERM.matcher(t.group()).matches()) {
        paren = t.group();
      } else {
        terms.add(t.group());
      }
    }
    List<String> args = new ArrayList<>();
    if (paren != null) {
      Matcher a = ARG.matcher(paren);
      while (a.find()) {
        // key=value terms go to kwargs, which compare_type never looks at
        if (!a.group().contains("=")) {
          args.add(a.group().strip());
        }
      }
    }
    return new Params(terms.get(0), terms.subList(1, terms.size()), args);
  }

  private static boolean typesMatch(Params i, Params m) {
    if (i.token0().equals(m.token0())) {
      return true;
    }
    String allI = String.join(" ", concat(i.token0(), i.tokens()));
    String allM = String.join(" ", concat(m.token0(), m.tokens()));
    for (Set<String> batch : SYNONYMS) {
      if ((batch.contains(allI) && batch.contains(allM))
          || (batch.contains(i.token0()) && batch.contains(m.token0()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean argsMatch(Params i, Params m) {
    if (m.tokens().size() == i.tokens().size() && !m.tokens().equals(i.tokens())) {
      return false;
    }
    return m.args().size() != i.args().size() || m.args().equals(i.args());
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
