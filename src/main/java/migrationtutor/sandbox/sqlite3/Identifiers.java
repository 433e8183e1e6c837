package migrationtutor.sandbox.sqlite3;

import java.util.Locale;
import java.util.Set;

/** shell.c quoteChar(): whether a name must be double-quoted to be used in SQL. */
final class Identifiers {
  /** The 147 keywords of SQLite 3.40 (tool/mkkeywordhash.c), for sqlite3_keyword_check(). */
  private static final Set<String> KEYWORDS =
      Set.of(
          ("ABORT ACTION ADD AFTER ALL ALTER ALWAYS"
                  + " ANALYZE AND AS ASC ATTACH AUTOINCREMENT BEFORE BEGIN BETWEEN BY CASCADE CASE CAST CHECK"
                  + " COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE CURRENT_TIME"
                  + " CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRED DEFERRABLE DELETE DESC DETACH DISTINCT DO"
                  + " DROP END EACH ELSE ESCAPE EXCEPT EXCLUSIVE EXCLUDE EXISTS EXPLAIN FAIL FILTER FIRST"
                  + " FOLLOWING FOR FOREIGN FROM FULL GENERATED GLOB GROUP GROUPS HAVING IF IGNORE IMMEDIATE"
                  + " IN INDEX INDEXED INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS ISNULL JOIN KEY LAST"
                  + " LEFT LIKE LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL NULLS OF OFFSET"
                  + " ON OR ORDER OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE RANGE"
                  + " RECURSIVE REFERENCES REGEXP REINDEX RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT"
                  + " ROLLBACK ROW ROWS SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION"
                  + " TRIGGER UNBOUNDED UNION UNIQUE UPDATE USING VACUUM VALUES VIEW VIRTUAL WHEN WHERE WINDOW"
                  + " WITH WITHOUT")
              .split(" "));

  private Identifiers() {}

  static boolean needsQuote(byte[] name) {
    if (name.length == 0) {
      return true;
    }
    int first = name[0] & 0xff;
    if (!Bytes.isAlpha(first) && first != '_') {
      return true;
    }
    for (byte b : name) {
      if (!Bytes.isAlnum(b & 0xff) && b != '_') {
        return true;
      }
    }
    return KEYWORDS.contains(Bytes.str(name).toUpperCase(Locale.ROOT));
  }

  static boolean needsQuote(String name) {
    return needsQuote(Bytes.cstr(name));
  }

  /** The name as {@code appendText(..., quoteChar(name))} writes it. */
  static String quoteIfNeeded(String name) {
    return needsQuote(name) ? doubleQuote(name) : name;
  }

  /** {@code "%w"}-style: double quotes around, inner double quotes doubled. */
  static String doubleQuote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** {@code %Q}: single-quoted SQL literal with inner quotes doubled. */
  static String singleQuote(String s) {
    return '\'' + s.replace("'", "''") + '\'';
  }
}
