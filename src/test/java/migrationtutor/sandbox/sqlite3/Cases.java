package migrationtutor.sandbox.sqlite3;

import static migrationtutor.sandbox.sqlite3.Fixtures.BATCH;
import static migrationtutor.sandbox.sqlite3.Fixtures.COURSE;
import static migrationtutor.sandbox.sqlite3.Fixtures.FULL;
import static migrationtutor.sandbox.sqlite3.Fixtures.NONE;
import static migrationtutor.sandbox.sqlite3.Fixtures.NOT_A_DATABASE;

import java.util.ArrayList;
import java.util.List;

/** One-shot command lines: options, SQL arguments, dot commands, errors. */
final class Cases {
  private static final String DB = "database.db";
  private static final String[] MODES = {
    "list",
    "column",
    "box",
    "table",
    "csv",
    "line",
    "markdown",
    "json",
    "insert",
    "tabs",
    "quote",
    "html",
    "tcl",
    "ascii"
  };
  private static final String[] OPTIONS = {
    "-column",
    "-box",
    "-table",
    "-csv",
    "-list",
    "-line",
    "-markdown",
    "-json",
    "-html",
    "-quote",
    "-tabs",
    "-ascii"
  };

  private Cases() {}

  static List<Case> all() {
    List<Case> c = new ArrayList<>();
    c.add(Case.args("course-tables", COURSE, DB, ".tables"));
    c.add(Case.args("course-schema-todos", COURSE, DB, ".schema todos"));
    c.add(Case.args("course-select-header", COURSE, "-header", DB, "SELECT * FROM todos"));
    c.add(Case.args("course-select", COURSE, DB, "SELECT * FROM todos"));
    c.add(Case.args("course-syntax-error", COURSE, DB, "SELEC * FROM todos"));
    c.add(Case.args("course-no-such-table", COURSE, DB, "SELECT * FROM x"));
    c.add(Case.args("course-dump", COURSE, DB, ".dump"));
    c.add(Case.args("course-schema", COURSE, DB, ".schema"));
    c.add(Case.args("course-indexes", COURSE, DB, ".indexes"));
    c.add(Case.args("batch-schema", BATCH, DB, ".schema"));
    c.add(Case.args("batch-schema-todos", BATCH, DB, ".schema todos"));
    c.add(Case.args("batch-schema-indent", BATCH, DB, ".schema --indent"));
    c.add(Case.args("batch-tables", BATCH, DB, ".tables"));
    c.add(Case.args("batch-dump", BATCH, DB, ".dump"));
    c.add(Case.args("batch-version", BATCH, DB, "SELECT * FROM alembic_version"));
    for (String fixture : new String[] {COURSE, FULL}) {
      for (String mode : MODES) {
        c.add(
            Case.args(
                fixture + "-mode-" + mode, fixture, DB, ".mode " + mode, "SELECT * FROM todos"));
        c.add(
            Case.args(
                fixture + "-mode-" + mode + "-headers",
                fixture,
                DB,
                ".headers on",
                ".mode " + mode,
                "SELECT * FROM todos"));
      }
    }
    for (String option : OPTIONS) {
      c.add(Case.args("full-option" + option, FULL, option, DB, "SELECT * FROM todos"));
      c.add(
          Case.args(
              "full-option" + option + "-header",
              FULL,
              option,
              "-header",
              DB,
              "SELECT id, title, score FROM todos"));
    }
    c.add(
        Case.args(
            "full-separator-nullvalue",
            FULL,
            "-separator",
            ";",
            "-nullvalue",
            "NULL",
            DB,
            "SELECT * FROM todos"));
    c.add(Case.args("full-noheader", FULL, "-header", "-noheader", DB, "SELECT id FROM todos"));
    c.add(Case.args("full-schema", FULL, DB, ".schema"));
    c.add(Case.args("full-schema-indent", FULL, DB, ".schema --indent"));
    c.add(Case.args("full-schema-pattern", FULL, DB, ".schema todo%"));
    c.add(Case.args("full-schema-percent", FULL, DB, ".schema %"));
    c.add(Case.args("full-schema-nosys", FULL, DB, ".schema --nosys"));
    c.add(Case.args("full-schema-master", FULL, DB, ".schema sqlite_master"));
    c.add(Case.args("full-tables", FULL, DB, ".tables"));
    c.add(Case.args("full-tables-pattern", FULL, DB, ".tables t%"));
    c.add(Case.args("full-indexes", FULL, DB, ".indexes"));
    c.add(Case.args("full-indexes-table", FULL, DB, ".indexes todos"));
    c.add(Case.args("full-indices", FULL, DB, ".indices"));
    c.add(Case.args("full-dump", FULL, DB, ".dump"));
    c.add(Case.args("full-dump-table", FULL, DB, ".dump todos"));
    c.add(Case.args("full-dump-data-only", FULL, DB, ".dump --data-only"));
    c.add(Case.args("full-dump-rowids", FULL, DB, ".dump --preserve-rowids t2"));
    c.add(Case.args("full-dump-newlines", FULL, DB, ".dump --newlines todos"));
    c.add(Case.args("full-fullschema", FULL, DB, ".fullschema"));
    c.add(Case.args("full-databases", FULL, DB, ".databases"));
    c.add(Case.args("full-show", FULL, DB, ".show"));
    c.add(
        Case.args(
            "full-mode-show", FULL, DB, ".mode", ".mode box", ".mode", ".mode qbox", ".show"));
    c.add(
        Case.args(
            "full-width",
            FULL,
            DB,
            ".width -8 3",
            ".mode column",
            "SELECT title, id, description FROM todos",
            ".show"));
    c.add(
        Case.args(
            "full-wrap",
            FULL,
            DB,
            ".mode column --wrap 10 --wordwrap on",
            "SELECT 'the quick brown fox jumps over the lazy dog' AS t, 1"));
    c.add(
        Case.args(
            "full-wrap-60",
            FULL,
            DB,
            ".mode column",
            "SELECT printf('%.*c', 130, 'x') AS long, 'a' AS b"));
    c.add(
        Case.args(
            "full-box-quote", FULL, DB, ".mode box --quote", "SELECT 'a''b', 1.5, NULL, x'0102'"));
    c.add(Case.args("full-insert-table", FULL, DB, ".mode insert todos", "SELECT * FROM todos"));
    c.add(
        Case.args(
            "full-floats",
            FULL,
            DB,
            "SELECT 1.0, 0.1, 0.1+0.2, 1e300, -2.5e-310, 9e999,"
                + " -9e999, 1.5e15, 123456789012345678, 1e-5, 100.0"));
    c.add(
        Case.args(
            "full-floats-quote",
            FULL,
            DB,
            ".mode quote",
            "SELECT 0.1, 3.14, 1e300," + " 9e999, 2.5e-310, 123456789.123456789"));
    c.add(Case.args("full-floats-json", FULL, DB, ".mode json", "SELECT 0.1, 9e999, -9e999"));
    c.add(Case.args("full-help", FULL, DB, ".help"));
    c.add(Case.args("full-help-all", FULL, DB, ".help -all"));
    c.add(Case.args("full-help-mode", FULL, DB, ".help mode"));
    c.add(Case.args("full-help-sch", FULL, DB, ".help sch"));
    c.add(Case.args("full-help-none", FULL, DB, ".help zzz"));
    c.add(Case.args("full-help-like", FULL, DB, ".help column"));
    c.add(
        Case.args(
            "full-eqp",
            FULL,
            DB,
            "EXPLAIN QUERY PLAN SELECT * FROM todos t JOIN t2 ON"
                + " t2.a = t.id WHERE t.title LIKE 'B%' ORDER BY 1"));
    c.add(Case.args("full-eqp-on", FULL, DB, ".eqp on", "SELECT * FROM todos WHERE title = 'x'"));
    c.add(Case.args("full-view", FULL, DB, "SELECT * FROM open_todos"));
    c.add(Case.args("full-version-functions", FULL, DB, "SELECT sqlite_version()"));
    c.add(
        Case.args(
            "full-parameters",
            FULL,
            DB,
            ".parameter set :x 42",
            ".parameter set @y hello",
            ".parameter list",
            "SELECT :x, @y, ?3"));
    c.add(Case.args("errors-exists", COURSE, DB, "CREATE TABLE todos(x)"));
    c.add(Case.args("errors-exists-quoted", COURSE, DB, "CREATE TABLE \"todos\"(x)"));
    c.add(Case.args("errors-column", COURSE, DB, "SELECT todos.nosuch FROM todos"));
    c.add(Case.args("errors-function", COURSE, DB, "SELECT nosuchfn(1)"));
    c.add(Case.args("errors-arguments", COURSE, DB, "SELECT abs(1,2)"));
    c.add(Case.args("errors-order-by", COURSE, DB, "SELECT * FROM todos ORDER BY 9"));
    c.add(Case.args("errors-compound", COURSE, DB, "SELECT 1 UNION SELECT 1,2"));
    c.add(
        Case.args(
            "errors-unique", COURSE, DB, "INSERT INTO todo_idempotency_keys VALUES(1,'a',1,'x')"));
    c.add(Case.args("errors-second-statement", COURSE, DB, "SELECT 1; SELEC 2; SELECT 3"));
    c.add(Case.args("errors-second-argument", COURSE, DB, "SELECT 1", "SELEC 2", "SELECT 3"));
    c.add(Case.args("errors-unknown-dot", COURSE, DB, ".foo", "SELECT 3"));
    c.add(Case.args("errors-overflow", COURSE, DB, "SELECT abs(-9223372036854775808)"));
    c.add(Case.args("errors-incomplete", COURSE, DB, "SELECT * FROM todos WHERE"));
    c.add(Case.args("errors-unterminated", COURSE, DB, "SELECT 'abc"));
    c.add(Case.args("errors-leading-space", COURSE, DB, "   SELEC 1"));
    c.add(
        Case.args(
            "errors-far-caret",
            COURSE,
            DB,
            "SELECT 1 FROM todos WHERE title = "
                + "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'"
                + " AND nosuchcol = 3 AND id > 1"));
    c.add(
        Case.args(
            "errors-mid-caret",
            COURSE,
            DB,
            "SELECT 1 FROM todos WHERE title = 'aaaaaaaaaaaaaaa' AND nosuchcol = 3"));
    c.add(Case.args("errors-repeated-token", COURSE, DB, "SELECT 1,, 2"));
    c.add(Case.args("errors-not-a-database", NOT_A_DATABASE, DB, "SELECT * FROM todos"));
    c.add(Case.args("errors-not-a-database-tables", NOT_A_DATABASE, DB, ".tables"));
    c.add(Case.args("errors-no-directory", NONE, "nodir/x.db", "SELECT 1"));
    c.add(Case.args("errors-readonly-missing", NONE, "-readonly", "nope.db", "SELECT 1"));
    c.add(
        Case.args(
            "errors-readonly-write",
            COURSE,
            "-readonly",
            DB,
            "INSERT INTO todos VALUES(9,'x',NULL,0,'x')"));
    c.add(
        Case.args(
            "errors-rename-column", COURSE, DB, "ALTER TABLE todos RENAME COLUMN nosuch TO y"));
    c.add(
        Case.args("errors-update-target", COURSE, DB, "UPDATE todos SET title = 'a', nosuch = 2"));
    c.add(Case.args("errors-update-value", COURSE, DB, "UPDATE todos SET title = nosuch"));
    c.add(Case.args("errors-not-null", COURSE, DB, "INSERT INTO todos(id) VALUES(9)"));
    c.add(
        Case.args(
            "errors-foreign-key",
            COURSE,
            DB,
            "PRAGMA foreign_keys=ON",
            "INSERT INTO todo_idempotency_keys VALUES(5,'z',99,'x')"));
    c.add(Case.args("errors-add-not-null", COURSE, DB, "ALTER TABLE todos ADD COLUMN x NOT NULL"));
    c.add(Case.args("errors-dot-usage", COURSE, DB, ".headers"));
    c.add(Case.args("errors-mode", COURSE, DB, ".mode foo"));
    c.add(Case.args("cli-version", NONE, "-version"));
    c.add(Case.args("cli-help", NONE, "-help"));
    c.add(Case.args("cli-unknown-option", NONE, "-foo"));
    c.add(Case.args("cli-missing-argument", COURSE, DB, "-separator"));
    c.add(Case.args("cli-cmd", COURSE, "-cmd", ".mode box", DB, "SELECT 1"));
    c.add(Case.args("cli-cmd-error", COURSE, "-cmd", "SELEC 5", DB, "SELECT 1"));
    c.add(Case.args("cli-bail-cmd-error", COURSE, "-bail", "-cmd", "SELEC 5", DB, "SELECT 1"));
    c.add(Case.args("cli-exit-code", COURSE, DB, ".exit 3", "SELECT 1"));
    c.add(Case.args("cli-quit", COURSE, DB, ".quit", "SELECT 1"));
    c.add(Case.args("cli-memory", NONE, ":memory:", "SELECT 1+1", ".databases"));
    c.add(Case.args("cli-creates-on-write", NONE, "new.db", "CREATE TABLE t(x)", ".tables"));
    c.add(Case.args("cli-abbreviations", COURSE, DB, ".ta", ".in", ".h on", ".s"));
    c.add(Case.args("cli-read", COURSE, DB, ".read script.sql"));
    c.add(Case.args("cli-read-missing", COURSE, DB, ".read nosuch.sql"));
    c.add(Case.args("cli-init", COURSE, "-init", "script.sql", DB, "SELECT 2"));
    c.add(Case.args("cli-print", COURSE, DB, ".print hello \"world  x\" \\t tab"));
    c.add(Case.args("cli-vfs", COURSE, DB, ".vfsname", ".vfsinfo", ".vfslist"));
    c.add(Case.args("cli-dbconfig", COURSE, DB, ".dbconfig"));
    c.add(Case.args("cli-version-dot", COURSE, DB, ".version"));
    return c;
  }
}
