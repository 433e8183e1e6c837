package migrationtutor.engine.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import migrationtutor.engine.argparse.ArgparseExit;
import org.junit.jupiter.api.Test;

class AlembicArgumentsTest {
  private static Map<String, Object> parse(String... args) {
    return AlembicArguments.parser("alembic", "alembic.ini").parse(List.of(args), 80);
  }

  private static ArgparseExit exit(String... args) {
    return assertThrows(ArgparseExit.class, () -> parse(args));
  }

  @Test
  void noArgumentsIsTooFewArgumentsWithTheMainUsage() {
    // 'too few arguments' is Alembic's own check after parsing; the parser itself accepts it.
    assertEquals(Map.of(), parse());
  }

  @Test
  void missingRevisionNamesTheArgument() {
    ArgparseExit e = exit("upgrade");
    assertEquals(2, e.status());
    assertEquals(
        "usage: alembic upgrade [-h] [--sql] [--tag TAG] revision\n"
            + "alembic upgrade: error: the following arguments are required: revision\n",
        e.stderr());
  }

  @Test
  void unknownCommandListsTheChoices() {
    ArgparseExit e = exit("migrate", "head");
    assertEquals(
        "usage: alembic [-h] [--version] [-c CONFIG] [-n NAME] [-x X] [--raiseerr]\n"
            + "               {branches,current,downgrade,edit,ensure_version,heads,history,init,"
            + "list_templates,merge,revision,show,stamp,upgrade}\n"
            + "               ...\n"
            + "alembic: error: argument {branches,current,downgrade,edit,ensure_version,heads,"
            + "history,init,list_templates,merge,revision,show,stamp,upgrade}: invalid choice:"
            + " 'migrate' (choose from 'branches', 'current', 'downgrade', 'edit',"
            + " 'ensure_version', 'heads', 'history', 'init', 'list_templates', 'merge',"
            + " 'revision', 'show', 'stamp', 'upgrade')\n",
        e.stderr());
  }

  @Test
  void extraArgumentsAreReportedByTheMainParser() {
    ArgparseExit e = exit("upgrade", "head", "extra");
    assertEquals(true, e.stderr().endsWith("alembic: error: unrecognized arguments: extra\n"));
  }

  @Test
  void negativeRelativeRevisionIsAPositional() {
    assertEquals("-1", parse("downgrade", "-1").get("revision"));
  }

  @Test
  void optionsAbbreviateAndAttach() {
    Map<String, Object> ns = parse("-cother.ini", "revision", "--auto", "-mhello", "--rev-id=abc");
    assertEquals("other.ini", ns.get("config"));
    assertEquals(Boolean.TRUE, ns.get("autogenerate"));
    assertEquals("hello", ns.get("message"));
    assertEquals("abc", ns.get("rev_id"));
  }

  @Test
  void combinedShortFlags() {
    Map<String, Object> ns = parse("history", "-vi");
    assertEquals(Boolean.TRUE, ns.get("verbose"));
    assertEquals(Boolean.TRUE, ns.get("indicate_current"));
  }

  @Test
  void versionGoesToStdout() {
    ArgparseExit e = exit("--version");
    assertEquals(0, e.status());
    assertEquals("alembic 1.8.1\n", e.stdout());
  }

  @Test
  void currentHelp() {
    assertEquals(
        "usage: alembic current [-h] [-v]\n\n"
            + "options:\n"
            + "  -h, --help     show this help message and exit\n"
            + "  -v, --verbose  Use more verbose output\n",
        exit("current", "--help").stdout());
  }
}
