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

/** The shell's own commands and its expansion rules, as bash has them. */
class BuiltinsTest {
  @TempDir Path tmp;
  ShellFixture f;

  @BeforeEach
  void setUp() {
    f = new ShellFixture(tmp.resolve("ws"));
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private String out(String line) {
    return f.run(line).out();
  }

  @Test
  void echoAndRedirection() throws Exception {
    assertEquals("a  b\n", out("echo 'a  b'"));
    assertEquals("a b\n", out("echo a    b"));
    assertEquals("x", out("echo -n x"));
    assertEquals("a\tb\nc\n", out("echo -e 'a\\tb\\nc'"));
    assertEquals("-x\n", out("echo -x"));
    assertEquals("", out("echo one > f.txt; echo two >> f.txt"));
    assertEquals("one\ntwo\n", Files.readString(f.root().resolve("f.txt")));
    assertEquals("", out("> f.txt"));
    assertEquals("", Files.readString(f.root().resolve("f.txt")));
    ShellFixture.Result r = f.run("echo x > app");
    assertEquals("tutor: app: Is a directory\n", r.err());
    assertEquals(1, r.status());
  }

  @Test
  void andAndSemicolon() {
    assertEquals("a\nc\n", out("echo a && false && echo b; echo c"));
    assertEquals(1, f.run("false && echo b").status());
    assertEquals("1\n", out("false; echo $?"));
    assertEquals("0\n", out("true && echo $?"));
  }

  @Test
  void globsAreSortedAndConfined() throws Exception {
    Files.writeString(f.root().resolve("b.py"), "");
    Files.writeString(f.root().resolve("A.py"), "");
    Files.writeString(f.root().resolve(".hidden.py"), "");
    assertEquals("A.py b.py main.py\n", out("echo *.py"));
    assertEquals(".hidden.py\n", out("echo .*.py"));
    assertEquals("app/core/__init__.py app/core/database.py\n", out("echo app/*/*.py"));
    assertEquals("*.nothing\n", out("echo *.nothing"));
    assertEquals("*.py\n", out("echo '*.py'"));
    assertEquals("A.py\n", out("echo [A-Z].py"));
    assertEquals("b.py\n", out("echo [!A-Z]?py"));
    assertEquals("../*\n", out("echo ../*"));
  }

  @Test
  void variablesAndExport() {
    assertEquals(f.root() + "\n", out("echo $HOME"));
    assertEquals(f.root() + "/x\n", out("echo ~/x"));
    assertEquals("~user\n", out("echo ~user"));
    assertEquals("\n", out("echo $NOPE"));
    f.run("X='a   b'");
    assertEquals("a b\n", out("echo $X"));
    assertEquals("a   b\n", out("echo \"$X\""));
    assertEquals("", out("env").contains("X=") ? "exported" : "");
    f.run("export X");
    assertTrue(out("env").contains("X=a   b\n"));
    f.run("unset X");
    assertEquals("\n", out("echo $X"));
    assertTrue(out("env").contains("HOME=" + f.root()));
    assertEquals("tutor: export: `1X=2': not a valid identifier\n", f.run("export 1X=2").err());
  }

  @Test
  void anEnvironmentVariableReachesEnvPy() throws Exception {
    CoreCourse.initAndConfigure(f);
    Path env = f.root().resolve("alembic/env.py");
    Files.writeString(
        env,
        Files.readString(env)
            .replace(
                "url = config.get_main_option(\"sqlalchemy.url\")",
                "url = os.getenv(\"DATABASE_URL\", config.get_main_option(\"sqlalchemy.url\"))")
            .replace("from alembic import context\n", "import os\nfrom alembic import context\n"));
    ShellFixture.Result r = f.run("DATABASE_URL=sqlite:///other.db alembic upgrade head --sql");
    assertEquals(0, r.status(), r.all());
    f.run("export DATABASE_URL=sqlite:///other.db");
    assertEquals(
        "DATABASE_URL=sqlite:///other.db\n",
        out("env").lines().filter(l -> l.startsWith("DATABASE_URL")).findFirst().orElse("") + "\n");
  }

  @Test
  void readAndTest() {
    assertEquals(
        "yes\n", f.run("read answer && [ \"$answer\" = y ] && echo yes", List.of("y")).out());
    assertEquals(1, f.run("read answer && [ \"$answer\" = y ] && echo yes", List.of("n")).status());
    assertEquals(1, f.run("read x").status());
    assertEquals("b c\n", f.run("read a rest && echo $rest", List.of("a b c")).out());
    assertEquals(0, f.run("test -f main.py").status());
    assertEquals(1, f.run("test -d main.py").status());
    assertEquals(0, f.run("[ -n x ]").status());
    assertEquals(0, f.run("[ 3 -lt 10 ]").status());
    assertEquals(2, f.run("[ x").status());
    assertEquals("tutor: [: missing `]'\n", f.run("[ x").err());
    assertEquals("tutor: test: a: integer expression expected\n", f.run("test a -eq 1").err());
  }

  @Test
  void cdPwdAndHistory() {
    f.run("cd app/core");
    assertEquals(f.root() + "/app/core\n", out("pwd"));
    assertEquals("", out("cd - > /dev/null"));
    assertEquals(f.root() + "\n", out("pwd"));
    assertEquals(f.root() + "/app/core\n", out("cd -"));
    f.run("cd");
    assertEquals(f.root() + "\n", out("pwd"));
    assertEquals("tutor: cd: nope: No such file or directory\n", f.run("cd nope").err());
    assertEquals("tutor: cd: main.py: Not a directory\n", f.run("cd main.py").err());
    String history = out("history");
    assertTrue(history.contains("    1  cd app/core\n"), history);
    assertEquals(f.shell.history().size(), history.lines().count());
    f.run("cd main.py");
    String last2 = out("history 2");
    int n = f.shell.history().size();
    assertEquals(String.format("%5d  cd main.py%n%5d  history 2%n", n - 1, n), last2);
  }

  @Test
  void unknownCommandsListWhatIsThere() {
    ShellFixture.Result r = f.run("sqlit3 database.db");
    assertEquals(127, r.status());
    assertEquals(
        "tutor: sqlit3: command not found. Did you mean sqlite3?\n"
            + "Type help for the list of commands.\n",
        r.err());
    r = f.run("frobnicate now");
    assertEquals(127, r.status());
    assertTrue(
        r.err()
            .startsWith(
                "tutor: frobnicate: command not available in the tutor's sandbox.\n"
                    + "Available: [, alembic, cat, cd, "),
        r.err());
    assertTrue(f.run("SELECT * FROM todos").err().contains("That is SQL: run it with sqlite3"));
    assertTrue(
        f.run(".tables")
            .err()
            .contains("That is a sqlite3 command: sqlite3 database.db" + " .tables"));
    r = f.run("pip install alembic");
    assertTrue(r.err().contains("Nothing needs installing"), r.err());
    r = f.run("python main.py");
    assertEquals(1, r.status());
    assertTrue(r.err().contains("only python -m alembic ... is available"), r.err());
    assertEquals(0, f.run("python3 -m alembic --version").status());
    assertEquals("alembic 1.8.1\n", out("uv run alembic --version"));
  }

  @Test
  void helpAndExit() {
    assertTrue(out("help").contains("  undo     take back the last command that changed"));
    assertEquals(
        "Usage: ls [-l] [-a] [-A] [-h] [-1] [-C] [-d] [FILE]...\n"
            + "  list files (-l details, -a hidden ones too, -h readable sizes)\n",
        out("help ls"));
    f.run("exit 3");
    assertTrue(f.shell.exitRequested());
  }
}
