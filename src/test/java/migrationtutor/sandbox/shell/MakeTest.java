package migrationtutor.sandbox.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** make: recipes through the sandbox's shell, compared with GNU make where it can run them. */
class MakeTest {
  private static final String MAKEFILE =
      String.join(
          "\n",
          "NAME ?= world",
          "GREETING := hello $(NAME)",
          "LATER = $(GREETING)!",
          "",
          ".PHONY: all greet quiet fail ignored dollars deps empty",
          "",
          "all: greet quiet",
          "",
          "greet:",
          "\techo $(LATER)",
          "\t@echo \"at $@\"",
          "",
          "quiet:",
          "\t@echo quiet",
          "",
          "fail:",
          "\techo before",
          "\tfalse",
          "\techo never",
          "",
          "ignored:",
          "\t-false",
          "\techo after",
          "",
          "dollars:",
          "\t@echo $$HOME-is-set x=$${X:-}",
          "",
          "deps: greet greet quiet",
          "\t@echo deps done",
          "",
          "empty:",
          "",
          "continued:",
          "\techo one \\",
          "\t  two",
          "");

  @TempDir Path tmp;
  ShellFixture f;

  @BeforeEach
  void setUp() throws Exception {
    f = new ShellFixture(tmp.resolve("ws"));
    Files.createDirectories(f.root().resolve("mk"));
    Files.writeString(f.root().resolve("mk/Makefile"), MAKEFILE);
    f.run("cd mk");
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private void sameAsGnuMake(String line) {
    RealTools.assumeInstalled("make");
    ShellFixture.Result ours = f.run(line);
    ShellFixture.Result theirs = RealTools.run(f.shell.cwd(), List.of(line.split(" ")));
    assertEquals(theirs.out(), ours.out(), line);
    assertEquals(theirs.err(), ours.err(), line);
    assertEquals(theirs.status(), ours.status(), line);
  }

  @Test
  void likeGnuMake() {
    sameAsGnuMake("make");
    sameAsGnuMake("make greet NAME=you");
    sameAsGnuMake("make fail");
    sameAsGnuMake("make ignored");
    sameAsGnuMake("make deps");
    sameAsGnuMake("make empty");
    sameAsGnuMake("make greet greet");
    sameAsGnuMake("make nosuch");
    sameAsGnuMake("make -n fail");
    sameAsGnuMake("make -s greet");
    sameAsGnuMake("make continued");
  }

  @Test
  void gnuMakesMessagesForBrokenMakefiles() throws Exception {
    Files.writeString(f.root().resolve("mk/Makefile"), "all:\n        echo spaces\n");
    sameAsGnuMake("make");
    Files.writeString(f.root().resolve("mk/Makefile"), "\techo x\n");
    sameAsGnuMake("make");
    Files.delete(f.root().resolve("mk/Makefile"));
    sameAsGnuMake("make");
    sameAsGnuMake("make all");
  }

  @Test
  void unsupportedMakeFeaturesAreNamed() throws Exception {
    Files.writeString(f.root().resolve("mk/Makefile"), "ifdef X\nall:\n\techo x\nendif\n");
    ShellFixture.Result r = f.run("make");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("the tutor's make does not support 'ifdef'"), r.err());
    Files.writeString(f.root().resolve("mk/Makefile"), "all:\n\techo $(shell ls)\n");
    assertTrue(f.run("make").err().contains("the function 'shell' is not available"));
    Files.writeString(f.root().resolve("mk/Makefile"), "all:\n\tls | wc -l\n");
    r = f.run("make");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("Pipes (|) are not available"), r.err());
    assertTrue(r.err().endsWith("make: *** [Makefile:2: all] Error 2\n"), r.err());
  }

  @Test
  void theStartersMakefile() throws Exception {
    f.run("cd ..");
    CoreCourse.initAndConfigure(f);
    ShellFixture.Result r = f.run("make db-migrate");
    assertEquals(2, r.status());
    assertEquals(
        "Makefile:23: *** MESSAGE is required, e.g. make db-migrate"
            + " MESSAGE=\"add priority\".  Stop.\n",
        r.err());
    r = f.run("make db-revision MESSAGE=\"add due date\"");
    assertEquals(0, r.status(), r.all());
    assertTrue(r.out().startsWith("alembic revision -m \"add due date\"\nGenerating "), r.out());
    r = f.run("make db-test");
    assertEquals(0, r.status(), r.all());
    assertTrue(
        r.out()
            .startsWith(
                "Round trip: upgrade, downgrade one step, upgrade again\n"
                    + "alembic upgrade head\n"
                    + "alembic downgrade -1\n"
                    + "alembic upgrade head\n"
                    + "Round trip OK\n"),
        r.out());
    assertTrue(r.err().contains("Running upgrade  -> "), r.err());
    r = f.run("make db-current");
    assertTrue(r.out().contains("(head)"), r.out());
    // db-reset asks first; anything but y stops it, as the recipe's [ ] fails.
    r = f.run("make db-reset", List.of("n"));
    assertEquals(2, r.status());
    assertTrue(r.err().endsWith("make: *** [Makefile:56: db-reset] Error 1\n"), r.err());
    f.interactive = true;
    r = f.run("make db-reset", List.of("y"));
    assertEquals(0, r.status(), r.all());
    assertTrue(
        r.err()
            .startsWith(
                "Downgrade to base (dropping what the migrations created) and"
                    + " upgrade again? [y/N] "),
        r.err());
    assertTrue(r.out().contains("alembic downgrade base\nalembic upgrade head\n"), r.out());
  }
}
