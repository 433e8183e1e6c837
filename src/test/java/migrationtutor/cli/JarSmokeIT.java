package migrationtutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, started as a process the way learners start it. */
class JarSmokeIT {
  private static final Path JAR = Path.of(System.getProperty("tutor.jar", "target/tutor.jar"));

  private record Result(int exit, String out, String err) {}

  private static Result run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("java", "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "tutor.jar " + String.join(" ", args));
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void versionAndHelp(@TempDir Path dir) throws Exception {
    Result v = run(dir, "--version");
    assertEquals(0, v.exit());
    assertTrue(v.out().startsWith("Migration Tutor 0."), v.out());
    assertEquals("alembic 1.8.1\n", run(dir, "alembic", "--version").out());
    Result usage = run(dir, "alembic", "upgrade");
    assertEquals(2, usage.exit());
    assertTrue(
        usage
            .err()
            .endsWith(
                "alembic upgrade: error: the following arguments are" + " required: revision\n"),
        usage.err());
  }

  @Test
  void aMigrationFromInitToUpgrade(@TempDir Path dir) throws Exception {
    assertEquals(0, run(dir, "alembic", "init", "alembic").exit());
    Path ini = dir.resolve("alembic.ini");
    Files.writeString(
        ini,
        Files.readString(ini).replace("driver://user:pass@localhost/dbname", "sqlite:///app.db"));
    assertEquals(
        0,
        run(dir, "alembic", "revision", "-m", "create notes", "--rev-id", "0123456789ab").exit());
    Path script = dir.resolve("alembic/versions/0123456789ab_create_notes.py");
    Files.writeString(
        script,
        Files.readString(script)
            .replace(
                "def upgrade() -> None:\n    pass",
                "def upgrade() -> None:\n    op.create_table('notes', sa.Column('id', sa.Integer(),"
                    + " primary_key=True), sa.Column('body', sa.Text()))"));
    Result up = run(dir, "alembic", "upgrade", "head");
    assertEquals(0, up.exit(), up.err());
    assertEquals(
        "INFO  [alembic.runtime.migration] Context impl SQLiteImpl.\n"
            + "INFO  [alembic.runtime.migration] Will assume non-transactional DDL.\n"
            + "INFO  [alembic.runtime.migration] Running upgrade  -> 0123456789ab, create notes\n",
        up.err());
    Result current = run(dir, "alembic", "current");
    assertEquals("0123456789ab (head)\n", current.out());
    Result failed = run(dir, "alembic", "downgrade", "nothere");
    assertEquals(255, failed.exit());
    assertEquals("FAILED: Can't locate revision identified by 'nothere'\n", failed.out());
  }
}
