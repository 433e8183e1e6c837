package migrationtutor.sandbox.sqlite3;

import static migrationtutor.sandbox.sqlite3.Fixtures.COURSE;
import static migrationtutor.sandbox.sqlite3.Fixtures.FULL;

import java.util.ArrayList;
import java.util.List;

/** Standard input: piped scripts and interactive transcripts. */
final class InputCases {
  private static final List<String> DB = List.of("database.db");
  private static final String[] SESSION = {
    ".headers on",
    ".mode column",
    "SELECT * FROM todos;",
    "SELECT",
    "  id,",
    "  title FROM todos",
    "  WHERE id = 2;",
    "selec 1;",
    "-- comment only",
    "   ",
    ".mode box",
    "SELECT id, title FROM todos LIMIT 1; SELECT 2;",
    "INSERT INTO todo_idempotency_keys VALUES(1,'a',1,'x');",
    ".nosuch",
    ".tables",
    "SELECT 'unterminated"
  };
  private static final String[] SETTINGS = {
    ".mode",
    ".mode column",
    ".mode",
    ".show",
    ".width 5 -10",
    "SELECT id, title, description FROM todos;",
    ".show",
    ".nullvalue (null)",
    ".separator ; \"\\n--\\n\"",
    "SELECT * FROM todos;",
    ".print hello \"world  x\" \\t tab",
    ".echo on",
    "SELECT 1;",
    ".echo off",
    ".bail",
    ".headers",
    ".headers yes",
    ".headers maybe",
    ".changes on",
    "INSERT INTO todo_idempotency_keys VALUES(2,'b',1,'x');",
    ".timer off",
    ".exit",
    "SELECT 99;"
  };

  private InputCases() {}

  static List<Case> all() {
    List<Case> c = new ArrayList<>();
    c.add(Case.piped("piped-session", COURSE, DB, SESSION));
    c.add(Case.piped("piped-session-bail", COURSE, List.of("-bail", "database.db"), SESSION));
    c.add(Case.piped("piped-settings", COURSE, DB, SETTINGS));
    c.add(
        Case.piped(
            "piped-go-terminator", COURSE, DB, "SELECT 1", "go", "SELECT 2", "/", "SELECT 3;"));
    c.add(
        Case.piped(
            "piped-trigger",
            FULL,
            DB,
            "CREATE TRIGGER t2_ins AFTER INSERT ON t2",
            "BEGIN",
            "  UPDATE t2 SET b = 'z' WHERE a = new.a;",
            "END;",
            "INSERT INTO t2(b) VALUES('q');",
            "SELECT * FROM t2;",
            ".schema t2"));
    c.add(
        Case.piped(
            "piped-transaction",
            COURSE,
            DB,
            "BEGIN;",
            "INSERT INTO todos VALUES(4,'x',NULL,0,'2024');",
            "ROLLBACK;",
            "SELECT count(*) FROM todos;"));
    c.add(
        Case.piped(
            "piped-alembic-rebuild",
            COURSE,
            DB,
            "CREATE TABLE _alembic_tmp_todos (id INTEGER NOT NULL, title VARCHAR(255) NOT NULL,"
                + " PRIMARY KEY (id));",
            "INSERT INTO _alembic_tmp_todos (id, title) SELECT id, title FROM todos;",
            "DROP TABLE todos;",
            "ALTER TABLE _alembic_tmp_todos RENAME TO todos;",
            ".schema todos",
            ".tables"));
    c.add(
        Case.piped(
            "piped-control-characters",
            COURSE,
            DB,
            "SELECT 'a\u0001b\u0007c\u001bd', char(0), 'x'||char(7);",
            ".mode box",
            "SELECT 'a\u0001b', '\tx';",
            ".mode csv",
            "SELECT 'a\u0001b', '', 'é';"));
    c.add(Case.piped("piped-crlf", COURSE, DB, "SELECT 1;\r", ".tables\r"));
    c.add(Case.piped("piped-read", COURSE, DB, "SELECT 0;", ".read script.sql", "SELECT 9;"));
    c.add(
        Case.terminal(
            "terminal-basic", COURSE, DB, "SELECT 1;", "SELECT", "2;", ".tables", "selec 1;"));
    c.add(Case.terminal("terminal-session", COURSE, DB, SESSION));
    c.add(Case.terminal("terminal-memory", COURSE, List.of(), "SELECT 40+2;", ".quit"));
    c.add(
        Case.terminal(
            "terminal-prompt", COURSE, DB, ".prompt 'db> ' '.. '", "SELECT", "1;", ".unknown"));
    c.add(
        Case.terminal(
            "terminal-bail", COURSE, List.of("-bail", "database.db"), "selec 1;", "SELECT 2;"));
    c.add(Case.terminal("terminal-read", COURSE, DB, ".read script.sql", "SELECT 3;"));
    return c;
  }
}
