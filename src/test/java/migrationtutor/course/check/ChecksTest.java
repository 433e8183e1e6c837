package migrationtutor.course.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import migrationtutor.course.Action;
import migrationtutor.course.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every check, passing in one real workspace state and failing in another with its exact message.
 * The states are built with the tutor's own shell: {@code fresh} is the starter; {@code done} has
 * Alembic set up, the deleted_at migration written and applied, and a few commands in its
 * transcript; {@code broken} is {@code done} with a downgrade that does nothing and a lost row.
 */
class ChecksTest {
  static Sandbox fresh;
  static Sandbox done;
  static Sandbox broken;

  static final String TODOS =
      "CREATE TABLE todos (id INTEGER NOT NULL, title VARCHAR(255) NOT NULL, description TEXT,"
          + " is_completed BOOLEAN NOT NULL, created_at DATETIME NOT NULL, PRIMARY KEY (id))";
  static final String WITH_DELETED_AT =
      "create table \"todos\" (id integer not null, title varchar(255) not null,"
          + " description text, is_completed boolean not null, created_at datetime not null,"
          + " deleted_at datetime, primary key (id));";
  static final Map<String, ExpectedSchema> SCHEMAS =
      Map.of(
          "original", ExpectedSchema.parse("original", TODOS, 1),
          "with_deleted_at", ExpectedSchema.parse("with_deleted_at", WITH_DELETED_AT, 1));

  @BeforeAll
  static void states() throws Exception {
    fresh = Sandbox.fresh("personal_todo");
    done = Sandbox.fresh("personal_todo");
    run(done, "alembic init alembic");
    edit(done, "alembic.ini", "driver://user:pass@localhost/dbname", "sqlite:///database.db");
    edit(
        done,
        "alembic/env.py",
        "target_metadata = None",
        "from app.core.database import Base\nimport app.models\ntarget_metadata = Base.metadata");
    run(done, "alembic revision -m add_deleted_at_column");
    Path rev = PathGlob.single(done.root(), "alembic/versions/*_add_deleted_at_column.py");
    String code = Files.readString(rev);
    code =
        code.replaceFirst(
                "def upgrade\\(\\) -> None:\n    pass",
                "def upgrade() -> None:\n"
                    + "    with op.batch_alter_table('todos') as batch_op:\n"
                    + "        batch_op.add_column(sa.Column('deleted_at',"
                    + " sa.DateTime(timezone=True), nullable=True))")
            .replaceFirst(
                "def downgrade\\(\\) -> None:\n    pass",
                "def downgrade() -> None:\n"
                    + "    with op.batch_alter_table('todos') as batch_op:\n"
                    + "        batch_op.drop_column('deleted_at')");
    Files.writeString(rev, code);
    run(done, "alembic upgrade head");
    run(done, "cat alembic/env.py");
    run(done, "uv run alembic current");
    broken = done.copy();
    Path brokenRev = PathGlob.single(broken.root(), "alembic/versions/*_add_deleted_at_column.py");
    Files.writeString(
        brokenRev,
        Files.readString(brokenRev)
            .replace(
                "    with op.batch_alter_table('todos') as batch_op:\n"
                    + "        batch_op.drop_column('deleted_at')",
                "    pass"));
    run(broken, "sqlite3 database.db \"DELETE FROM todos WHERE id = 2\"");
  }

  @AfterAll
  static void cleanUp() {
    for (Sandbox s : new Sandbox[] {fresh, done, broken}) {
      if (s != null) {
        s.close();
      }
    }
  }

  private static void run(Sandbox s, String command) {
    assertNull(s.apply(new Action.Run(1, command)), command);
  }

  private static void edit(Sandbox s, String path, String from, String to) throws Exception {
    Path f = s.root().resolve(path);
    Files.writeString(f, Files.readString(f).replace(from, to));
  }

  /** The check's outcome in {@code s}: "pass", or its failure message. */
  static String outcome(Sandbox s, String line) {
    CheckParser.Parsed parsed = CheckParser.parse(line, 1, SCHEMAS.keySet());
    assertNull(parsed.error(), line);
    try (Probe p =
        new Probe(
            s.root(),
            "personal_todo",
            SCHEMAS,
            TranscriptLog.read(s.root(), 0, -1),
            new TrialCache())) {
      CheckResult r = p.run(List.of(parsed.check())).get(0);
      return r.passed() ? "pass" : r.message();
    }
  }

  /** Each check line, then its outcome in fresh, done and broken: "pass" or the exact message. */
  static final String[][] EXPECTED = {
    {"exists alembic/env.py", "alembic/env.py does not exist", "pass", "pass"},
    {
      "exists alembic/versions/*_add_deleted_at_column.py",
      "no file matches alembic/versions/*_add_deleted_at_column.py",
      "pass",
      "pass"
    },
    {"missing alembic", "pass", "alembic exists, but should not", "alembic exists, but should not"},
    {
      "contains alembic/env.py \"target_metadata = Base.metadata\"",
      "alembic/env.py does not exist",
      "pass",
      "pass"
    },
    {
      "matches alembic.ini ^sqlalchemy\\.url\\s*=\\s*sqlite:///database\\.db$",
      "alembic.ini does not exist",
      "pass",
      "pass"
    },
    {"target-metadata", "alembic.ini does not exist", "pass", "pass"},
    {"ini sqlalchemy.url sqlite:///database.db", "alembic.ini does not exist", "pass", "pass"},
    {"revision add_deleted_at_column", "alembic.ini does not exist", "pass", "pass"},
    {"revision add_deleted_at_column revises base", "alembic.ini does not exist", "pass", "pass"},
    {
      "revision add_deleted_at_column revises other",
      "alembic.ini does not exist",
      "\"add_deleted_at_column\" starts from base, expected it to revise \"other\"",
      "\"add_deleted_at_column\" starts from base, expected it to revise \"other\""
    },
    {"at head", "alembic.ini does not exist", "pass", "pass"},
    {
      "at base",
      "pass",
      "database is at add_deleted_at_column, expected base",
      "database is at add_deleted_at_column, expected base"
    },
    {"at add_deleted_at_column", "alembic.ini does not exist", "pass", "pass"},
    {
      "tables todos todo_idempotency_keys alembic_version",
      "there is no table alembic_version",
      "pass",
      "pass"
    },
    {
      "tables todos todo_idempotency_keys",
      "pass",
      "there is an unexpected table alembic_version",
      "there is an unexpected table alembic_version"
    },
    {"table alembic_version", "there is no table alembic_version", "pass", "pass"},
    {
      "no-table alembic_version",
      "pass",
      "table alembic_version exists, but should not",
      "table alembic_version exists, but should not"
    },
    {"column todos.deleted_at", "todos has no column deleted_at", "pass", "pass"},
    {"column todos.deleted_at DATETIME NULL", "todos has no column deleted_at", "pass", "pass"},
    {
      "column todos.description TEXT NOT NULL",
      "description: expected TEXT NOT NULL, found TEXT NULL",
      "description: expected TEXT NOT NULL, found TEXT NULL",
      "description: expected TEXT NOT NULL, found TEXT NULL"
    },
    {
      "column todos.deleted_at TIMESTAMP",
      "todos has no column deleted_at",
      "deleted_at: expected TIMESTAMP, found DATETIME NULL",
      "deleted_at: expected TIMESTAMP, found DATETIME NULL"
    },
    {
      "no-column todos.deleted_at",
      "pass",
      "todos still has a column deleted_at",
      "todos still has a column deleted_at"
    },
    {"schema with_deleted_at", "todos has no column deleted_at", "pass", "pass"},
    {
      "schema original",
      "pass",
      "todos has an unexpected column deleted_at",
      "todos has an unexpected column deleted_at"
    },
    {"rows todos 3", "pass", "pass", "1 row missing from todos"},
    {
      "rows todos 4",
      "1 row missing from todos",
      "1 row missing from todos",
      "2 rows missing from todos"
    },
    {"rows-kept todos", "pass", "pass", "1 row missing from todos"},
    {"upgrade add_deleted_at_column with_deleted_at", "alembic.ini does not exist", "pass", "pass"},
    {
      "upgrade add_deleted_at_column original",
      "alembic.ini does not exist",
      "after upgrade() of \"add_deleted_at_column\": todos has an unexpected column deleted_at",
      "after upgrade() of \"add_deleted_at_column\": todos has an unexpected column deleted_at"
    },
    {
      "downgrade add_deleted_at_column original",
      "alembic.ini does not exist",
      "pass",
      "after downgrade() of \"add_deleted_at_column\": todos has an unexpected column deleted_at"
    },
    {
      "round-trip add_deleted_at_column",
      "alembic.ini does not exist",
      "pass",
      "after downgrade() of \"add_deleted_at_column\": todos has an unexpected column deleted_at"
    },
    {"ran alembic upgrade head", "you have not run `alembic upgrade head` yet", "pass", "pass"},
    {
      "ran alembic current | alembic heads",
      "you have not run `alembic current` (or `alembic heads`) yet",
      "pass",
      "pass"
    },
    {
      "ran alembic downgrade -1",
      "you have not run `alembic downgrade -1` yet",
      "you have not run `alembic downgrade -1` yet",
      "you have not run `alembic downgrade -1` yet"
    },
    {
      "read alembic/env.py",
      "you have not looked at alembic/env.py yet (cat alembic/env.py)",
      "pass",
      "pass"
    },
    {
      "read alembic.ini",
      "you have not looked at alembic.ini yet (cat alembic.ini)",
      "you have not looked at alembic.ini yet (cat alembic.ini)",
      "you have not looked at alembic.ini yet (cat alembic.ini)"
    },
    {"output \"alembic current\" (head)", "you have not run `alembic current` yet", "pass", "pass"},
    {
      "output \"alembic current\" nothing-like-this",
      "you have not run `alembic current` yet",
      "`alembic current` did not show `nothing-like-this`",
      "`alembic current` did not show `nothing-like-this`"
    },
    {
      "last-output (head)",
      "you have not run a command in this lesson yet",
      "pass",
      "the last command did not show `(head)`"
    },
    {
      "last-output nothing-like-this",
      "you have not run a command in this lesson yet",
      "the last command did not show `nothing-like-this`",
      "the last command did not show `nothing-like-this`"
    },
  };

  @Test
  void everyCheckPassesAndFailsWithItsMessage() {
    for (String[] row : EXPECTED) {
      assertEquals(row[1], outcome(fresh, row[0]), row[0] + " (fresh)");
      assertEquals(row[2], outcome(done, row[0]), row[0] + " (done)");
      assertEquals(row[3], outcome(broken, row[0]), row[0] + " (broken)");
    }
  }

  @Test
  void everyKindOfCheckIsCovered() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (String[] row : EXPECTED) {
      names.add(row[0].split(" ")[0]);
    }
    assertEquals(new java.util.TreeSet<>(CheckParser.USAGE.keySet()), names);
  }

  /** The outcome of {@code line} on a copy of {@code done} where {@code path} had from -> to. */
  private static String afterEdit(String path, String from, String to, String line)
      throws Exception {
    try (Sandbox s = done.copy()) {
      Path f = PathGlob.single(s.root(), path);
      String text = Files.readString(f);
      assertEquals(true, text.contains(from), from);
      Files.writeString(f, text.replace(from, to));
      return outcome(s, line);
    }
  }

  @Test
  void targetMetadataSaysWhatIsMissing() throws Exception {
    assertEquals(
        "alembic/env.py still sets target_metadata = None; set it to Base.metadata"
            + " (from app.core.database import Base)",
        afterEdit(
            "alembic/env.py",
            "target_metadata = Base.metadata",
            "target_metadata = None",
            "target-metadata"));
    assertEquals(
        "alembic/env.py imports Base but not the models in app.models, so Base.metadata has no"
            + " tables (add: from app import models)",
        afterEdit("alembic/env.py", "import app.models\n", "", "target-metadata"));
    assertEquals(
        "sqlalchemy.url in alembic.ini is sqlite://database.db, expected sqlite:///database.db",
        afterEdit(
            "alembic.ini",
            "sqlite:///database.db",
            "sqlite://database.db",
            "ini sqlalchemy.url sqlite:///database.db"));
  }
}
