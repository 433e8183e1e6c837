package migrationtutor.differential;

import static migrationtutor.differential.TodoChain.DUE;
import static migrationtutor.differential.TodoChain.F3;
import static migrationtutor.differential.TodoChain.FDUE;
import static migrationtutor.differential.TodoChain.FIDX;
import static migrationtutor.differential.TodoChain.R1;
import static migrationtutor.differential.TodoChain.R2;
import static migrationtutor.differential.TodoChain.R3;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes wrong and how it is reported (reference transcript 14). */
class ErrorsDifferentialTest {
  /** Commands that read the revision map, with and without env.py. */
  private static final String[][] MAP_COMMANDS = {
    {"heads"},
    {"heads", "--resolve-dependencies"},
    {"history"},
    {"branches"},
    {"show", "head"},
    {"current"},
    {"upgrade", "head"},
    {"upgrade", "head", "--sql"},
    {"downgrade", "-1"},
    {"stamp", "head"},
    {"revision", "-m", "next"},
    {"merge", "heads"},
    {"history", "-i"},
    {"history", "-r", "current:"},
    {"show", "current"},
    {"ensure_version"}
  };

  private static void everyMapCommand(DifferentialSession s) {
    for (String[] args : MAP_COMMANDS) {
      s.alembic(args);
    }
  }

  @Test
  void rightAfterInitWithThePlaceholderUrl(@TempDir Path tmp) {
    DifferentialSession s = DifferentialSession.of("personal_todo", tmp);
    s.alembic("init", "alembic")
        .alembic("current")
        .alembic("upgrade", "head")
        .alembic("upgrade", "head", "--sql")
        .alembic("revision", "-m", "first", "--rev-id", "6d0efc6250c4")
        .alembic("history")
        .alembic("heads")
        .alembic("branches")
        .alembic("show", "head")
        .alembic("init", "alembic")
        .alembic("init", "app")
        .alembic("init", "--template", "nosuch", "other")
        .compareFile("other/env.py");
  }

  @Test
  void syntaxErrorInARevisionFile(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.mergedAtHead(DifferentialSession.of("personal_todo", tmp));
    s.edit(FIDX, "['is_completed'], unique=False)\n", "['is_completed'], unique=False\n");
    everyMapCommand(s);
    s.edit(FIDX, "['is_completed'], unique=False\n", "['is_completed'], unique=False)\n")
        .alembic("current");
  }

  @Test
  void nameErrorWhileAMigrationRuns(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.mergedAtHead(DifferentialSession.of("personal_todo", tmp));
    s.alembic("downgrade", R3)
        .edit(FDUE, "import sqlalchemy as sa\n", "")
        .alembic("history")
        .alembic("upgrade", "heads")
        .alembic("current")
        .alembic("upgrade", DUE + ":heads", "--sql")
        .edit(FDUE, "from alembic import op\n", "from alembic import op\nimport sqlalchemy as sa\n")
        .alembic("upgrade", "head")
        .alembic("current");
  }

  @Test
  void noConfigFileOrScriptDirectory(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.initialized(DifferentialSession.of("personal_todo", tmp));
    s.alembicIn("app", "current")
        .alembicIn("app", "upgrade", "head")
        .alembicIn("app", "history")
        .alembic("-c", "nothere.ini", "current")
        .alembicIn("app", "-c", "../alembic.ini", "current")
        .alembicIn("app", "-c", "../alembic.ini", "history")
        .copy("alembic.ini", "noalembic.ini")
        .edit("noalembic.ini", "[alembic]", "[other]")
        .alembic("-c", "noalembic.ini", "heads")
        .alembic("-n", "other", "-c", "noalembic.ini", "heads");
  }

  @Test
  void unknownRevisionInTheVersionTable(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.mergedAtHead(DifferentialSession.of("personal_todo", tmp));
    s.sql("UPDATE alembic_version SET version_num = 'ffffeeee0000'")
        .alembic("current")
        .alembic("upgrade", "head")
        .alembic("downgrade", "-1")
        .alembic("downgrade", "base")
        .alembic("history", "-i")
        .alembic("history", "-r", "current:")
        .alembic("show", "current")
        .alembic("stamp", "head")
        .alembic("stamp", "--purge", "head")
        .alembic("current");
  }

  @Test
  void downRevisionNamingAMissingFile(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.linearApplied(DifferentialSession.of("personal_todo", tmp));
    s.edit(F3, "down_revision = '" + R2 + "'", "down_revision = 'abc123fed654'");
    everyMapCommand(s);
  }

  @Test
  void dependencyNamingAMissingRevision(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.linearApplied(DifferentialSession.of("personal_todo", tmp));
    s.edit(F3, "depends_on = None", "depends_on = 'abc123fed654'");
    everyMapCommand(s);
  }

  @Test
  void revisionsFormingACycle(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.linearApplied(DifferentialSession.of("personal_todo", tmp));
    s.edit(TodoChain.F1, "down_revision = None", "down_revision = '" + R3 + "'");
    everyMapCommand(s);
  }

  /** A label equal to a revision id: the one clash whose message does not depend on set order. */
  @Test
  void branchLabelTakenByARevisionId(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.linearApplied(DifferentialSession.of("personal_todo", tmp));
    s.alembic("revision", "-m", "label clash", "--branch-label", R1, "--rev-id", "cccc00000001");
    everyMapCommand(s);
  }

  @Test
  void raiseErr(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.linearApplied(DifferentialSession.of("personal_todo", tmp));
    s.alembic("--raiseerr", "upgrade", "deadbeef")
        .alembic("--raiseerr", "show", "deadbeef")
        .alembic("--raiseerr", "downgrade", "base", "--sql")
        .alembic("--raiseerr", "-c", "nothere.ini", "current")
        .alembic("--raiseerr", "upgrade", "head", "--sql")
        .alembic("--raiseerr", "revision", "-m", "x", "--rev-id", "abc-123");
  }

  @Test
  void revisionCommandErrors(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.linear(DifferentialSession.of("personal_todo", tmp));
    s.alembic("revision", "-m", "bad id", "--rev-id", "abc-123")
        .alembic("revision", "-m", "bad id", "--rev-id", "abc@123")
        .alembic("revision", "-m", "bad id", "--rev-id", "a+b-c")
        .alembic("revision", "-m", "dup", "--rev-id", R2)
        .alembic("history")
        .delete("alembic/versions/" + R2 + "_dup.py")
        .alembic("revision", "-m", "x", "--sql")
        .alembic("revision", "-m", "x", "--head", "nosuch")
        .alembic("revision", "-m", "x", "--head", R2)
        .alembic("revision", "-m", "x", "--head", R2, "--depends-on", "nosuch")
        .alembic("revision", "-m", "x", "--depends-on", "nosuch")
        .alembic("revision", "-m", "x", "--version-path", "elsewhere")
        .alembic("revision", "-m", "x", "--splice")
        .alembic("revision", "-m", "")
        .alembic("revision", "--rev-id", "0123456789ab")
        .alembic(
            "revision",
            "-m",
            "A Very Long Message, With Punctuation! And more words than forty",
            "--rev-id",
            "0123456789ac")
        .alembic("history");
  }

  @Test
  void revisionEnvironment(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.initialized(DifferentialSession.of("personal_todo", tmp));
    s.edit("alembic.ini", "# revision_environment = false", "revision_environment = true")
        .alembic("revision", "-m", "with env", "--rev-id", "e0e0e0e0e0e0")
        .alembic("revision", "-m", "with env sql", "--sql", "--rev-id", "e1e1e1e1e1e1")
        .alembic("history")
        .alembic("upgrade", "head")
        .alembic("current");
  }

  @Test
  void ensureVersion(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.initialized(DifferentialSession.of("personal_todo", tmp));
    s.alembic("ensure_version", "--sql")
        .alembic("ensure_version")
        .alembic("ensure_version")
        .alembic("current")
        .alembic("ensure_version", "--sql");
  }

  @Test
  void mistypedAndUnreachableDatabaseFiles(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.linear(DifferentialSession.of("personal_todo", tmp));
    s.copy("alembic.ini", "typo.ini")
        .edit("typo.ini", "sqlite:///database.db", "sqlite:///typo.db")
        .alsoCompareDatabase("typo.db")
        .alembic("-c", "typo.ini", "current")
        .alembic("-c", "typo.ini", "upgrade", "head")
        .alembic("-c", "typo.ini", "current")
        .copy("alembic.ini", "nodir.ini")
        .edit("nodir.ini", "sqlite:///database.db", "sqlite:///missing_dir/database.db")
        .alembic("-c", "nodir.ini", "current")
        .alembic("-c", "nodir.ini", "upgrade", "head")
        .alembic("-c", "nodir.ini", "upgrade", "head", "--sql");
  }

  @Test
  void appNotImportableWithoutPrependSysPath(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.initialized(DifferentialSession.of("personal_todo", tmp));
    s.copy("alembic.ini", "noprepend.ini")
        .edit("noprepend.ini", "prepend_sys_path = .", "# prepend_sys_path = .")
        .alembic("-c", "noprepend.ini", "current")
        .alembic("-c", "noprepend.ini", "upgrade", "head", "--sql")
        .alembic("-c", "noprepend.ini", "history");
  }

  /** The files real Alembic's init writes, run by both tools. */
  @Test
  void realAlembicsGeneratedFiles(@TempDir Path tmp) {
    DifferentialSession s = DifferentialSession.of("personal_todo", tmp);
    s.alembic("init", "alembic")
        .useRealFile("alembic.ini")
        .useRealFile("alembic/env.py")
        .configureForPersonalTodo()
        .alembic("current")
        .alembic("revision", "-m", "first", "--rev-id", "f1f1f1f1f1f1")
        .alembic("upgrade", "head")
        .alembic("upgrade", "base:head", "--sql")
        .alembic("current", "-v")
        .alembic("upgrade", "deadbeef")
        .copy("alembic.ini", "locations.ini")
        .edit(
            "locations.ini",
            "# version_locations = %(here)s/bar:%(here)s/bat:alembic/versions",
            "version_locations = %(here)s/alembic/versions")
        .alembic("-c", "locations.ini", "history")
        .alembic("-c", "locations.ini", "current");
  }

  /**
   * The async template (list_templates itself is not compared: the engine deliberately offers no
   * multidb template). The comments of the engine's alembic.ini and env.py are its own wording, so
   * only README and script.py.mako are compared as files.
   */
  @Test
  void asyncTemplate(@TempDir Path tmp) {
    DifferentialSession s = DifferentialSession.of("personal_todo", tmp);
    s.alembic("init", "-t", "async", "alembic")
        .compareFile("alembic/script.py.mako")
        .compareFile("alembic/README")
        .alembic("revision", "-m", "first", "--rev-id", "a5a5a5a5a5a5")
        .alembic("history")
        .alembic("heads")
        .alembic("current")
        .alembic("upgrade", "head", "--sql")
        .edit("alembic.ini", "driver://user:pass@localhost/dbname", "sqlite:///database.db")
        .alembic("upgrade", "head", "--sql")
        .alembic("current");
  }
}
