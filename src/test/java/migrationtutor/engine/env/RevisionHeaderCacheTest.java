package migrationtutor.engine.env;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The revision header cache never changes what a command shows: an edited file is read again, and a
 * file whose top level does something (here: prints) is evaluated on every command.
 */
class RevisionHeaderCacheTest {
  private static final String TEMPLATE =
      """
      \"\"\"%s

      Revision ID: 0123456789ab
      \"\"\"
      from alembic import op
      import sqlalchemy as sa
      %s
      revision = '0123456789ab'
      down_revision = None
      branch_labels = None
      depends_on = None


      def upgrade() -> None:
          pass


      def downgrade() -> None:
          pass
      """;

  @Test
  void anEditedFileIsReadAgain(@TempDir Path project) throws IOException {
    Path script = init(project);
    Files.writeString(script, TEMPLATE.formatted("first message", ""));
    assertEquals("<base> -> 0123456789ab (head), first message\n", history(project));
    assertEquals("<base> -> 0123456789ab (head), first message\n", history(project));
    Files.writeString(script, TEMPLATE.formatted("second message, longer", ""));
    assertEquals("<base> -> 0123456789ab (head), second message, longer\n", history(project));
  }

  @Test
  void topLevelEffectsHappenOnEveryCommand(@TempDir Path project) throws IOException {
    Path script = init(project);
    Files.writeString(script, TEMPLATE.formatted("noisy", "print('loading the revision')\n"));
    String expected = "loading the revision\n<base> -> 0123456789ab (head), noisy\n";
    assertEquals(expected, history(project));
    assertEquals(expected, history(project));
  }

  private static Path init(Path project) {
    assertEquals(0, EngineRun.of(project, Map.of(), project, "init", "alembic").exit());
    return project.resolve("alembic/versions/0123456789ab_x.py");
  }

  private static String history(Path project) {
    EngineRun r = EngineRun.of(project, Map.of(), project, "history");
    assertEquals(0, r.exit(), r.toString());
    return r.out();
  }
}
