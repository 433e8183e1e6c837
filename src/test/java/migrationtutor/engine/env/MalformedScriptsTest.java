package migrationtutor.engine.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a revision file or env.py contains — truncated, spliced, binary — every command ends the
 * way Alembic's would (exit 0, 1, 2 or 255) and never with the engine's internal error.
 */
class MalformedScriptsTest {
  private static final String REVISION =
      """
      \"\"\"add things

      Revision ID: 0123456789ab
      Revises:\s
      Create Date: 2024-01-01 00:00:00

      \"\"\"
      from alembic import op
      import sqlalchemy as sa


      revision = '0123456789ab'
      down_revision = None
      branch_labels = None
      depends_on = None


      def upgrade() -> None:
          with op.batch_alter_table('todos', schema=None) as batch_op:
              batch_op.add_column(sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True))
          op.create_table('tags', sa.Column('id', sa.Integer(), nullable=False),
              sa.Column('name', sa.String(length=50), nullable=False),
              sa.PrimaryKeyConstraint('id'), sa.UniqueConstraint('name'))
          op.create_index(op.f('ix_tags_name'), 'tags', ['name'], unique=False)
          op.execute("UPDATE todos SET title = 'x' WHERE id = 1")


      def downgrade() -> None:
          op.drop_index(op.f('ix_tags_name'), table_name='tags')
          op.drop_table('tags')
          with op.batch_alter_table('todos', schema=None) as batch_op:
              batch_op.drop_column('deleted_at')
      """;
  private static final Set<Integer> ALEMBIC_STATUSES = Set.of(0, 1, 2, 255);

  @Test
  void mutatedRevisionFilesNeverCrashTheEngine(@TempDir Path project) throws IOException {
    Path script = prepare(project);
    Random random = new Random(20261122);
    for (int round = 0; round < 60; round++) {
      Files.write(script, mutate(REVISION.getBytes(StandardCharsets.UTF_8), random));
      for (String[] command :
          List.of(
              new String[] {"history"},
              new String[] {"upgrade", "head"},
              new String[] {"upgrade", "head", "--sql"},
              new String[] {"downgrade", "base"})) {
        EngineRun r = EngineRun.of(project, Map.of(), project, command);
        assertTrue(ALEMBIC_STATUSES.contains(r.exit()), r.toString());
        assertFalse(r.err().contains("Internal error"), "round " + round + ": " + r);
      }
    }
  }

  @Test
  void mutatedEnvPyNeverCrashesTheEngine(@TempDir Path project) throws IOException {
    prepare(project);
    Path env = project.resolve("alembic/env.py");
    byte[] original = Files.readAllBytes(env);
    Random random = new Random(7);
    for (int round = 0; round < 40; round++) {
      Files.write(env, mutate(original, random));
      EngineRun r = EngineRun.of(project, Map.of(), project, "current");
      assertTrue(ALEMBIC_STATUSES.contains(r.exit()), r.toString());
      assertFalse(r.err().contains("Internal error"), "round " + round + ": " + r);
    }
  }

  @Test
  void binaryJunkIsASyntaxError(@TempDir Path project) throws IOException {
    Path script = prepare(project);
    byte[] junk = new byte[4096];
    new Random(1).nextBytes(junk);
    Files.write(script, junk);
    EngineRun r = EngineRun.of(project, Map.of(), project, "heads");
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("SyntaxError"), r.toString());
  }

  private static Path prepare(Path project) throws IOException {
    assertEquals(0, EngineRun.of(project, Map.of(), project, "init", "alembic").exit());
    Path ini = project.resolve("alembic.ini");
    Files.writeString(
        ini,
        Files.readString(ini)
            .replace("driver://user:pass@localhost/dbname", "sqlite:///database.db"));
    migrationtutor.engine.sqlite.SqliteSession db =
        migrationtutor.engine.sqlite.SqliteSession.open(project.resolve("database.db"));
    db.execute(
        "CREATE TABLE todos (id INTEGER NOT NULL, title VARCHAR(255) NOT NULL,"
            + " PRIMARY KEY (id))",
        List.of());
    db.execute("INSERT INTO todos (id, title) VALUES (1, 'a')", List.of());
    db.commit();
    db.close();
    return project.resolve("alembic/versions/0123456789ab_add_things.py");
  }

  /** One of: truncate, flip bytes, splice a random slice elsewhere, insert Python tokens. */
  private static byte[] mutate(byte[] source, Random random) {
    byte[] b = source.clone();
    switch (random.nextInt(4)) {
      case 0 -> {
        return java.util.Arrays.copyOf(b, random.nextInt(b.length));
      }
      case 1 -> {
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
          b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
      }
      case 2 -> {
        int from = random.nextInt(b.length);
        int len = random.nextInt(Math.min(200, b.length - from));
        int at = random.nextInt(b.length);
        byte[] out = new byte[b.length + len];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, from, out, at, len);
        System.arraycopy(b, at, out, at + len, b.length - at);
        return out;
      }
      default -> {
        String[] tokens = {
          "(",
          ")",
          "[",
          "]",
          ":",
          "\n    ",
          "lambda",
          "while True:",
          "**",
          "op.",
          "sa.",
          "'",
          "\"\"\"",
          "=",
          ",",
          "\\",
          "async ",
          "yield",
          "import os\n"
        };
        String s = new String(b, StandardCharsets.UTF_8);
        int at = random.nextInt(s.length());
        return (s.substring(0, at) + tokens[random.nextInt(tokens.length)] + s.substring(at))
            .getBytes(StandardCharsets.UTF_8);
      }
    }
  }
}
