package migrationtutor.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ten exercises of the core course typed into a piped console, as a learner without an editor
 * would: env.py and alembic.ini rewritten with sed -n, echo and redirection, the migration filled
 * in by an editor script. The whole session is compared with a golden transcript (the workspace
 * path and the revision id normalized).
 */
class CoreCourseConsoleTest {
  static final List<String> SESSION =
      List.of(
          "# 1. Initialize Alembic",
          "alembic init alembic",
          "tree alembic",
          "# 2. Configure env.py and alembic.ini",
          "grep -n 'from alembic import context' alembic/env.py",
          "grep -n 'target_metadata = None' alembic/env.py",
          "sed -n '1,11p' alembic/env.py > env.new",
          "echo 'from app.core.database import Base' >> env.new",
          "echo 'import app.models  # noqa: F401' >> env.new",
          "sed -n '12,24p' alembic/env.py >> env.new",
          "echo 'target_metadata = Base.metadata' >> env.new",
          "sed -n '26,$p' alembic/env.py >> env.new",
          "mv env.new alembic/env.py",
          "grep -n sqlalchemy.url alembic.ini",
          "sed -n '1,41p' alembic.ini > ini.new && echo 'sqlalchemy.url = sqlite:///database.db'"
              + " >> ini.new && sed -n '43,$p' alembic.ini >> ini.new && mv ini.new alembic.ini",
          "alembic current",
          "# 3. Inspect the database",
          "sqlite3 database.db .tables",
          "sqlite3 database.db \".schema todos\"",
          "# 4. An empty migration",
          "alembic revision -m \"add_deleted_at_column\"",
          "ls alembic/versions",
          "# 5. Fill it in (the editor is a script here)",
          "edit alembic/versions/*_add_deleted_at_column.py",
          "grep -n batch_op alembic/versions/*_add_deleted_at_column.py",
          "# 6. Preview the SQL",
          "alembic upgrade head --sql",
          "# 7. Apply it",
          "alembic upgrade head",
          "sqlite3 database.db \".schema todos\"",
          "# 8. Status",
          "alembic current",
          "alembic history",
          "# 9. Roll back",
          "alembic downgrade -1",
          "sqlite3 database.db \".schema todos\"",
          "sqlite3 -header -column database.db 'SELECT id, title FROM todos'",
          "# 10. Re-apply",
          "alembic upgrade head",
          "alembic current",
          "quit");

  static final String UPGRADE_BODY =
      "    with op.batch_alter_table('todos', schema=None) as"
          + " batch_op:\n        batch_op.add_column(sa.Column('deleted_at',"
          + " sa.DateTime(timezone=True), nullable=True))\n";
  static final String DOWNGRADE_BODY =
      "    with op.batch_alter_table('todos', schema=None) as"
          + " batch_op:\n        batch_op.drop_column('deleted_at')\n";

  @Test
  void tenExercises(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("ws");
    ConsoleRun.Result r =
        ConsoleRun.piped(
            dir,
            SESSION,
            (file, requested) ->
                Files.writeString(
                    file,
                    Files.readString(file)
                        .replace(
                            "def upgrade() -> None:\n    pass\n",
                            "def upgrade() -> None:\n" + UPGRADE_BODY)
                        .replace(
                            "def downgrade() -> None:\n    pass\n",
                            "def downgrade() -> None:\n" + DOWNGRADE_BODY)));
    assertEquals(0, r.status());
    String out = r.output().replace(dir.toRealPath().toString(), "<ws>");
    Matcher rev =
        Pattern.compile("Running upgrade  -> ([0-9a-f]{12}), add_deleted_at_column").matcher(out);
    assertTrue(rev.find(), out);
    out = out.replace(rev.group(1), "<rev>");
    Path golden = Path.of("src/test/resources/migrationtutor/ui/console/core-course.txt");
    if (System.getenv("TUTOR_UPDATE_GOLDEN") != null) {
      Files.writeString(golden, out, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), out);
  }
}
