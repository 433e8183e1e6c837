package migrationtutor.engine.reflect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expressions SQLAlchemy 1.4's SQLite dialect runs over a table's stored {@code CREATE
 * TABLE} text, because the PRAGMAs do not report constraint names, UNIQUE constraints or CHECKs.
 * They are Python's patterns with Python's flags ({@code re.I}, Unicode {@code \w}, {@code .} not
 * matching a newline), so they find exactly what SQLAlchemy finds, misses included.
 */
final class TableSql {
  private TableSql() {}

  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE
          | Pattern.UNICODE_CASE
          | Pattern.UNICODE_CHARACTER_CLASS
          | Pattern.UNIX_LINES;

  private static final Pattern PK_NAME = Pattern.compile("CONSTRAINT (\\w+) PRIMARY KEY", FLAGS);
  private static final Pattern FK =
      Pattern.compile(
          "(?:CONSTRAINT (\\w+) +)?"
              + "FOREIGN KEY *\\( *(.+?) *\\) +"
              + "REFERENCES +(?:(?:\"(.+?)\")|([a-z0-9_]+)) *\\((.+?)\\) *"
              + "((?:ON (?:DELETE|UPDATE) "
              + "(?:SET NULL|SET DEFAULT|CASCADE|RESTRICT|NO ACTION) *)*)"
              + "((?:NOT +)?DEFERRABLE)?"
              + "(?: +INITIALLY +(DEFERRED|IMMEDIATE))?",
          FLAGS);
  private static final Pattern COLS_IN_SIG = Pattern.compile("(?:\"(.+?)\")|([a-z0-9_]+)", FLAGS);
  private static final Pattern ON_SPLIT = Pattern.compile(" *\\bON\\b *", FLAGS);
  private static final Pattern UNIQUE =
      Pattern.compile("(?:CONSTRAINT \"?(.+?)\"? +)?UNIQUE *\\((.+?)\\)", FLAGS);
  private static final Pattern INLINE_UNIQUE =
      Pattern.compile(
          "(?:(\".+?\")|(?:[\\[`])?([a-z0-9_]+)(?:[\\]`])?) +[a-z0-9_ ]+? +UNIQUE", FLAGS);
  private static final Pattern CHECK =
      Pattern.compile("(?:CONSTRAINT (.+) +)?CHECK *\\( *(.+) *\\),? *", FLAGS);
  private static final Pattern PARTIAL_PREDICATE = Pattern.compile("\\)\\s+where\\s+(.+)", FLAGS);

  /** A foreign key clause found in the SQL. */
  record ParsedForeignKey(
      String name,
      List<String> constrainedColumns,
      String referredTable,
      List<String> referredColumns,
      String ondelete,
      String onupdate,
      Boolean deferrable,
      String initially) {}

  /** A UNIQUE clause found in the SQL (name null for inline ones). */
  record ParsedUnique(String name, List<String> columns) {}

  /** {@code re.search(r"CONSTRAINT (\w+) PRIMARY KEY", table_data, re.I)}. */
  static String primaryKeyName(String tableSql) {
    Matcher m = PK_NAME.matcher(tableSql);
    return m.find() ? m.group(1) : null;
  }

  /** {@code get_foreign_keys}' {@code parse_fks()}. */
  static List<ParsedForeignKey> foreignKeys(String tableSql) {
    List<ParsedForeignKey> out = new ArrayList<>();
    Matcher m = FK.matcher(tableSql);
    while (m.find()) {
      List<String> constrained = columnsInSignature(m.group(2));
      String referredColumns = m.group(5);
      List<String> referred =
          referredColumns == null || referredColumns.isEmpty()
              ? constrained
              : columnsInSignature(referredColumns);
      String referredName = m.group(3) != null ? m.group(3) : m.group(4);
      String ondelete = null;
      String onupdate = null;
      String rules = m.group(6) == null ? "" : m.group(6).toUpperCase(Locale.ROOT);
      for (String token : ON_SPLIT.split(rules, -1)) {
        if (token.startsWith("DELETE")) {
          String rule = token.substring(6).strip();
          if (!rule.isEmpty() && !rule.equals("NO ACTION")) {
            ondelete = rule;
          }
        } else if (token.startsWith("UPDATE")) {
          String rule = token.substring(6).strip();
          if (!rule.isEmpty() && !rule.equals("NO ACTION")) {
            onupdate = rule;
          }
        }
      }
      String deferrable = m.group(7);
      String initially = m.group(8);
      out.add(
          new ParsedForeignKey(
              m.group(1),
              constrained,
              referredName,
              referred,
              ondelete,
              onupdate,
              deferrable == null || deferrable.isEmpty()
                  ? null
                  : !deferrable.toUpperCase(Locale.ROOT).contains("NOT"),
              initially == null ? null : initially.toUpperCase(Locale.ROOT)));
    }
    return out;
  }

  /** {@code get_unique_constraints}' {@code parse_uqs()}: table-level clauses, then inline. */
  static List<ParsedUnique> uniques(String tableSql) {
    List<ParsedUnique> out = new ArrayList<>();
    Matcher m = UNIQUE.matcher(tableSql);
    while (m.find()) {
      out.add(new ParsedUnique(m.group(1), columnsInSignature(m.group(2))));
    }
    Matcher inline = INLINE_UNIQUE.matcher(tableSql);
    while (inline.find()) {
      String sig = inline.group(1) != null ? inline.group(1) : inline.group(2);
      out.add(new ParsedUnique(null, columnsInSignature(sig)));
    }
    return out;
  }

  /** {@code get_check_constraints}: one match per line, the name's double quotes removed. */
  static List<ReflectedCheckConstraint> checks(String tableSql) {
    List<ReflectedCheckConstraint> out = new ArrayList<>();
    Matcher m = CHECK.matcher(tableSql);
    while (m.find()) {
      String name = m.group(1);
      if (name != null && !name.isEmpty()) {
        name = name.replaceFirst("^\"", "");
        name = name.endsWith("\"") ? name.substring(0, name.length() - 1) : name;
      }
      out.add(new ReflectedCheckConstraint(name, m.group(2)));
    }
    return out;
  }

  /** The filter predicate of a partial index's SQL, or null when the pattern misses. */
  static String partialPredicate(String indexSql) {
    Matcher m = PARTIAL_PREDICATE.matcher(indexSql);
    return m.find() ? m.group(1) : null;
  }

  // _find_cols_in_sig
  private static List<String> columnsInSignature(String sig) {
    List<String> cols = new ArrayList<>();
    Matcher m = COLS_IN_SIG.matcher(sig);
    while (m.find()) {
      cols.add(m.group(1) != null && !m.group(1).isEmpty() ? m.group(1) : m.group(2));
    }
    return cols;
  }
}
