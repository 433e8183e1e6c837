package migrationtutor.engine.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * env.py as projects write it: where the database URL comes from, the async template, logging, and
 * URLs the sandbox cannot use. Real Alembic on the CI machine lacks python-dotenv and aiosqlite, so
 * these are checked against Alembic's documented behaviour rather than differentially.
 */
class EnvPyScenariosTest {
  @TempDir Path project;
  private static final String CONTEXT_LINES =
      "INFO  [alembic.runtime.migration] Context impl"
          + " SQLiteImpl.\nINFO  [alembic.runtime.migration] Will assume non-transactional DDL.\n";

  @BeforeEach
  void initProject() throws IOException {
    Files.createDirectories(project.resolve("app"));
    Files.writeString(project.resolve("app/__init__.py"), "");
    Files.writeString(
        project.resolve("app/settings.py"), "DATABASE_URL = \"sqlite:///./from_constant.db\"\n");
    assertEquals(0, run("init", "alembic").exit());
  }

  private EngineRun run(String... args) {
    return EngineRun.of(
        project, Map.of("DATABASE_URL", "sqlite:///from_environment.db"), project, args);
  }

  private void envPyAfterConfig(String code) throws IOException {
    Path env = project.resolve("alembic/env.py");
    String text = Files.readString(env);
    Files.writeString(
        env, text.replace("target_metadata = None\n", "target_metadata = None\n" + code + "\n"));
  }

  @Test
  void placeholderUrlFailsLikeSqlalchemy() {
    EngineRun r = run("current");
    assertEquals(1, r.exit());
    assertTrue(
        r.err()
            .endsWith(
                "sqlalchemy.exc.NoSuchModuleError: Can't load plugin:"
                    + " sqlalchemy.dialects:driver\n"),
        r.toString());
  }

  @Test
  void literalOverride() throws IOException {
    envPyAfterConfig("config.set_main_option(\"sqlalchemy.url\", \"sqlite:///literal.db\")");
    EngineRun r = run("current", "-v");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("Current revision(s) for sqlite:///literal.db:\n", r.out());
    assertTrue(Files.exists(project.resolve("literal.db")));
  }

  @Test
  void constantFromTheProject() throws IOException {
    envPyAfterConfig(
        "from app.settings import DATABASE_URL\n"
            + "config.set_main_option(\"sqlalchemy.url\", DATABASE_URL)");
    EngineRun r = run("current", "-v");
    assertEquals("Current revision(s) for sqlite:///./from_constant.db:\n", r.out(), r.toString());
    assertTrue(Files.exists(project.resolve("from_constant.db")));
  }

  @Test
  void environmentVariable() throws IOException {
    envPyAfterConfig(
        "import os\nconfig.set_main_option(\"sqlalchemy.url\","
            + " os.getenv(\"DATABASE_URL\", \"sqlite:///fallback.db\"))");
    EngineRun r = run("current", "-v");
    assertEquals("Current revision(s) for sqlite:///from_environment.db:\n", r.out(), r.toString());
  }

  @Test
  void dotEnvFile() throws IOException {
    Files.writeString(project.resolve(".env"), "# settings\nDIRECT_URL=\"sqlite:///direct.db\"\n");
    envPyAfterConfig(
        "import os\nfrom dotenv import load_dotenv\nload_dotenv()\n"
            + "config.set_main_option(\"sqlalchemy.url\", os.environ[\"DIRECT_URL\"])");
    EngineRun r = run("current", "-v");
    assertEquals("Current revision(s) for sqlite:///direct.db:\n", r.out(), r.toString());
  }

  @Test
  void missingEnvironmentVariableIsAKeyErrorAtItsLine() throws IOException {
    envPyAfterConfig(
        "import os\nconfig.set_main_option(\"sqlalchemy.url\"," + " os.environ[\"NOT_SET\"])");
    EngineRun r = run("current");
    assertEquals(1, r.exit());
    assertTrue(
        r.err()
            .contains(
                "    config.set_main_option(\"sqlalchemy.url\","
                    + " os.environ[\"NOT_SET\"])\nKeyError: 'NOT_SET'\n"),
        r.toString());
  }

  @Test
  void withoutFileConfigThereAreNoLogLines() throws IOException {
    Path env = project.resolve("alembic/env.py");
    Files.writeString(
        env, Files.readString(env).replace("    fileConfig(config.config_file_name)", "    pass"));
    setUrl("sqlite:///database.db");
    EngineRun r = run("current");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("", r.err());
  }

  @Test
  void asyncTemplateNeedsAnAsyncDriver() throws IOException {
    Files.walk(project.resolve("alembic"))
        .sorted(java.util.Comparator.reverseOrder())
        .forEach(p -> p.toFile().delete());
    Files.delete(project.resolve("alembic.ini"));
    assertEquals(0, run("init", "-t", "async", "alembic").exit());
    setUrl("sqlite:///database.db");
    EngineRun plain = run("current");
    assertEquals(1, plain.exit());
    assertTrue(
        plain
            .err()
            .endsWith(
                "sqlalchemy.exc.InvalidRequestError: The asyncio extension"
                    + " requires an async driver to be used. The loaded 'pysqlite' is not async.\n"),
        plain.toString());
    setUrl("sqlite+aiosqlite:///database.db");
    EngineRun async = run("current");
    assertEquals(0, async.exit(), async.toString());
    assertEquals(CONTEXT_LINES, async.err());
  }

  @Test
  void otherDatabasesAreExplained() throws IOException {
    setUrl("postgresql://user:secret@localhost/app");
    EngineRun online = run("current");
    assertEquals(1, online.exit());
    assertTrue(
        online
            .err()
            .contains(
                "The tutor's migration engine runs SQLite databases only, and"
                    + " sqlalchemy.url is postgresql://user:XXXXX@localhost/app."),
        online.toString());
    EngineRun offline = run("upgrade", "head", "--sql");
    assertEquals(1, offline.exit());
    assertTrue(offline.err().contains("renders SQL for SQLite only"), offline.toString());
  }

  @Test
  void databaseOutsideTheSandboxIsRefused() throws IOException {
    setUrl("sqlite:////tmp/elsewhere.db");
    EngineRun r = run("current");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("points outside the project folder"), r.toString());
    assertFalse(Files.exists(Path.of("/tmp/elsewhere.db")) && r.exit() == 0);
  }

  private void setUrl(String url) throws IOException {
    Path ini = project.resolve("alembic.ini");
    Files.writeString(
        ini,
        Files.readString(ini)
            .replaceAll(
                "(?m)^sqlalchemy\\.url = .*$",
                java.util.regex.Matcher.quoteReplacement("sqlalchemy.url = " + url)));
  }
}
