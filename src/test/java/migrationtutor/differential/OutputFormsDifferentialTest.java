package migrationtutor.differential;

import static migrationtutor.differential.TodoChain.R1;
import static migrationtutor.differential.TodoChain.R2;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which lines each command prints and how alembic.ini's logging sections shape them (reference
 * transcript 15.1). SQLAlchemy's own log lines ([logger_sqlalchemy] level = INFO) are not
 * reproduced by the engine and are not compared.
 */
class OutputFormsDifferentialTest {
  /** A few commands covering INFO, step lines, --sql and a FAILED message. */
  private static void sampleCommands(DifferentialSession s) {
    s.alembic("current")
        .alembic("upgrade", R1)
        .alembic("upgrade", R1 + ":" + R2, "--sql")
        .alembic("upgrade", "deadbeef")
        .alembic("upgrade", "head")
        .alembic("stamp", R1)
        .alembic("history", "-i")
        .alembic("downgrade", "base")
        .alembic("revision", "-m", "x", "--head", R1, "--rev-id", "0b0b0b0b0b0b")
        .delete("alembic/versions/0b0b0b0b0b0b_x.py");
  }

  private static DifferentialSession project(Path tmp) {
    DifferentialSession s = TodoChain.linear(DifferentialSession.of("personal_todo", tmp));
    return s.sql("UPDATE todos SET description = '' WHERE description IS NULL");
  }

  @Test
  void everyEnvCommandPrintsTheContextLines(@TempDir Path tmp) {
    DifferentialSession s = project(tmp);
    sampleCommands(s);
    s.alembic("ensure_version")
        .alembic("ensure_version", "--sql")
        .alembic("show", "current")
        .alembic("history", "-r", "current:")
        .alembic("stamp", "head", "--sql")
        .alembic("heads")
        .alembic("branches");
  }

  @Test
  void withoutFileConfigThereAreNoLogLines(@TempDir Path tmp) {
    DifferentialSession s = project(tmp);
    s.edit("alembic/env.py", "    fileConfig(config.config_file_name)\n", "    pass\n");
    sampleCommands(s);
  }

  @Test
  void alembicLoggerAtWarnIsSilent(@TempDir Path tmp) {
    DifferentialSession s = project(tmp);
    s.edit("alembic.ini", "[logger_alembic]\nlevel = INFO", "[logger_alembic]\nlevel = WARN");
    sampleCommands(s);
    s.edit("alembic.ini", "[logger_alembic]\nlevel = WARN", "[logger_alembic]\nlevel = ERROR");
    sampleCommands(s);
    s.edit("alembic.ini", "[logger_alembic]\nlevel = ERROR", "[logger_alembic]\nlevel = CRITICAL");
    s.alembic("upgrade", "deadbeef");
  }

  @Test
  void debugLevels(@TempDir Path tmp) {
    DifferentialSession s = project(tmp);
    s.edit("alembic.ini", "[logger_alembic]\nlevel = INFO", "[logger_alembic]\nlevel = DEBUG");
    sampleCommands(s);
  }

  /** The version-table DEBUG lines of merges, unmerges and branch inserts and deletes. */
  @Test
  void debugLinesAcrossBranchesAndMerges(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.mergedAtHead(DifferentialSession.of("personal_todo", tmp));
    s.edit("alembic.ini", "[logger_alembic]\nlevel = INFO", "[logger_alembic]\nlevel = DEBUG")
        .alembic("downgrade", TodoChain.DUE)
        .alembic("upgrade", "head")
        .alembic("downgrade", TodoChain.R3)
        .alembic("upgrade", "heads")
        .alembic("downgrade", "base")
        .alembic("stamp", TodoChain.DUE, TodoChain.IDX)
        .alembic("stamp", "head")
        .alembic("stamp", "base")
        .alembic("upgrade", TodoChain.R2 + ":head", "--sql");
  }

  @Test
  void customFormatter(@TempDir Path tmp) {
    DifferentialSession s = project(tmp);
    s.edit(
        "alembic.ini",
        "format = %(levelname)-5.5s [%(name)s] %(message)s",
        "format = %(levelname)s:%(name)s:%(levelno)d: %(message)s");
    sampleCommands(s);
    s.edit(
        "alembic.ini",
        "format = %(levelname)s:%(name)s:%(levelno)d: %(message)s",
        "format = [%(levelname)-8s] %(name)-30s | %(message)r");
    sampleCommands(s);
    s.edit(
        "alembic.ini",
        "format = [%(levelname)-8s] %(name)-30s | %(message)r",
        "format = %(module)s.%(funcName)s:%(lineno)d %(filename)s %(processName)s"
            + " %(threadName)s %(message)s");
    sampleCommands(s);
    s.edit("alembic.ini", "[logger_alembic]\nlevel = INFO", "[logger_alembic]\nlevel = DEBUG");
    sampleCommands(s);
  }

  @Test
  void urlWithHereInterpolation(@TempDir Path tmp) {
    DifferentialSession s = project(tmp);
    s.edit(
            "alembic.ini",
            "sqlalchemy.url = sqlite:///database.db",
            "sqlalchemy.url = sqlite:///%(here)s/database.db")
        .alembic("current", "-v")
        .alembic("upgrade", R1)
        .alembic("current", "-v")
        .alembic("upgrade", R1 + ":" + R2, "--sql")
        .edit(
            "alembic.ini",
            "sqlalchemy.url = sqlite:///%(here)s/database.db",
            "sqlalchemy.url = sqlite:///%(here)s/%(db_name)s\ndb_name = database.db")
        .alembic("current", "-v")
        .edit("alembic.ini", "db_name = database.db", "db_nam = database.db")
        .alembic("current", "-v")
        .alembic("history");
  }

  /** env.py reading -x arguments to pick the database, a common Alembic recipe. */
  @Test
  void xArgumentsReachEnvPy(@TempDir Path tmp) {
    DifferentialSession s = project(tmp);
    s.edit(
            "alembic/env.py",
            "\ntarget_metadata = Base.metadata",
            "\ntarget_metadata = Base.metadata\n"
                + "x_args = context.get_x_argument(as_dictionary=True)\n"
                + "if 'db' in x_args:\n"
                + "    config.set_main_option('sqlalchemy.url', 'sqlite:///' + x_args['db'])\n"
                + "print('x:', context.get_x_argument(), context.get_tag_argument())\n")
        .alsoCompareDatabase("other.db")
        .alembic("current")
        .alembic("-x", "db=other.db", "upgrade", R1)
        .alembic("-x", "db=other.db", "-x", "flag", "current", "-v")
        .alembic("upgrade", R1, "--tag", "mytag")
        .alembic("-x", "db=other.db", "upgrade", R1 + ":" + R2, "--sql", "--tag", "t");
  }

  /** print() in a migration and in the models env.py imports goes to stdout. */
  @Test
  void printInMigrationsAndModels(@TempDir Path tmp) {
    DifferentialSession s = project(tmp);
    s.edit(
            TodoChain.F1,
            "def upgrade() -> None:\n",
            "print('loading', revision)\n\n\ndef upgrade() -> None:\n"
                + "    print('adding deleted_at', 42, sep=' | ', end='!\\n')\n")
        .edit(
            "app/models.py", "class Todo(Base):", "print('models imported')\n\n\nclass Todo(Base):")
        .alembic("history")
        .alembic("upgrade", R1, "--sql")
        .alembic("upgrade", R1)
        .alembic("current");
  }

  @Test
  void logToStdout(@TempDir Path tmp) {
    DifferentialSession s = project(tmp);
    s.edit("alembic.ini", "args = (sys.stderr,)", "args = (sys.stdout,)");
    sampleCommands(s);
  }

  @Test
  void rootLoggerCatchesAlembic(@TempDir Path tmp) {
    DifferentialSession s = project(tmp);
    s.edit(
        "alembic.ini",
        "[logger_alembic]\nlevel = INFO\nhandlers =\n",
        "[logger_alembic]\nlevel = NOTSET\nhandlers =\n");
    sampleCommands(s);
    s.edit("alembic.ini", "[logger_root]\nlevel = WARN", "[logger_root]\nlevel = INFO");
    sampleCommands(s);
    s.edit(
        "alembic.ini",
        "[logger_alembic]\nlevel = NOTSET\nhandlers =\n",
        "[logger_alembic]\nlevel = INFO\nhandlers = console\n");
    sampleCommands(s);
  }
}
