package migrationtutor.engine.ddl;

import java.util.Locale;
import java.util.Set;

/**
 * Quotes identifiers as SQLAlchemy's {@code SQLiteIdentifierPreparer} does: an identifier is
 * double-quoted when it is a SQLite reserved word, starts with a digit or {@code $}, contains a
 * character outside {@code [A-Za-z0-9_$]}, or is not all lower case ({@code
 * IdentifierPreparer._requires_quotes}).
 */
public final class SqliteIdentifierPreparer {
  private SqliteIdentifierPreparer() {}

  // SQLiteIdentifierPreparer.reserved_words (sqlalchemy/dialects/sqlite/base.py, 1.4.46).
  private static final Set<String> RESERVED_WORDS =
      Set.of(
          "add",
          "after",
          "all",
          "alter",
          "analyze",
          "and",
          "as",
          "asc",
          "attach",
          "autoincrement",
          "before",
          "begin",
          "between",
          "by",
          "cascade",
          "case",
          "cast",
          "check",
          "collate",
          "column",
          "commit",
          "conflict",
          "constraint",
          "create",
          "cross",
          "current_date",
          "current_time",
          "current_timestamp",
          "database",
          "default",
          "deferrable",
          "deferred",
          "delete",
          "desc",
          "detach",
          "distinct",
          "drop",
          "each",
          "else",
          "end",
          "escape",
          "except",
          "exclusive",
          "exists",
          "explain",
          "false",
          "fail",
          "for",
          "foreign",
          "from",
          "full",
          "glob",
          "group",
          "having",
          "if",
          "ignore",
          "immediate",
          "in",
          "index",
          "indexed",
          "initially",
          "inner",
          "insert",
          "instead",
          "intersect",
          "into",
          "is",
          "isnull",
          "join",
          "key",
          "left",
          "like",
          "limit",
          "match",
          "natural",
          "not",
          "notnull",
          "null",
          "of",
          "offset",
          "on",
          "or",
          "order",
          "outer",
          "plan",
          "pragma",
          "primary",
          "query",
          "raise",
          "references",
          "reindex",
          "rename",
          "replace",
          "restrict",
          "right",
          "rollback",
          "row",
          "select",
          "set",
          "table",
          "temp",
          "temporary",
          "then",
          "to",
          "transaction",
          "trigger",
          "true",
          "union",
          "unique",
          "update",
          "using",
          "vacuum",
          "values",
          "view",
          "virtual",
          "when",
          "where");

  /** The identifier as SQLAlchemy renders it: quoted only when it has to be. */
  public static String quote(String identifier) {
    return requiresQuotes(identifier) ? quoteIdentifier(identifier) : identifier;
  }

  /** The identifier in double quotes, with embedded double quotes doubled. */
  public static String quoteIdentifier(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** Whether {@link #quote} quotes the identifier. */
  public static boolean requiresQuotes(String identifier) {
    String lower = identifier.toLowerCase(Locale.ROOT);
    char first = identifier.charAt(0);
    return RESERVED_WORDS.contains(lower)
        || (first >= '0' && first <= '9')
        || first == '$'
        || !hasLegalCharacters(identifier)
        || !lower.equals(identifier);
  }

  /**
   * {@code LEGAL_CHARACTERS = re.compile(r"^[A-Z0-9_$]+$", re.I)}; under Python's Unicode case
   * folding four non-ASCII letters match {@code [A-Z]} as well.
   */
  static boolean hasLegalCharacters(String identifier) {
    if (identifier.isEmpty()) {
      return false;
    }
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      boolean legal =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '$'
              || c == '\u0130'
              || c == '\u0131'
              || c == '\u017f'
              || c == '\u212a';
      if (!legal) {
        return false;
      }
    }
    return true;
  }
}
