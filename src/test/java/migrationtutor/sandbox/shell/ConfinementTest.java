package migrationtutor.sandbox.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a learner (or a Makefile, or a migration's configuration) could reach outside the
 * workspace, tried through the shell: each is refused, nothing outside is read (the secret never
 * appears in any output), written, changed or removed, and no process is started.
 */
class ConfinementTest {
  private static final String SECRET = "s3cr3t-outside-the-sandbox";
  @TempDir Path tmp;
  Path outside;
  ShellFixture f;
  List<Path> edited = new ArrayList<>();
  Map<String, String> before;

  @BeforeEach
  void setUp() throws Exception {
    outside = Files.createDirectories(tmp.resolve("outside")).toRealPath();
    Files.writeString(outside.resolve("secret.txt"), SECRET + "\n");
    Files.writeString(outside.resolve("Makefile"), "all:\n\techo " + SECRET + "\n");
    Files.writeString(outside.resolve("evil.db"), "");
    Files.createDirectories(outside.resolve("sub"));
    f = new ShellFixture(tmp.resolve("ws"));
    f.editor = (file, requested) -> edited.add(file);
    Files.createSymbolicLink(f.root().resolve("out"), outside);
    Files.createSymbolicLink(f.root().resolve("secret-link"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(f.root().resolve("dangling"), outside.resolve("new.txt"));
    before = snapshot(outside);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  /** Every file outside, with its size, time and content. */
  private static Map<String, String> snapshot(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        BasicFileAttributes a =
            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String content = a.isRegularFile() ? Files.readString(p) : "";
        out.put(
            dir.relativize(p).toString(), a.size() + " " + a.lastModifiedTime() + " " + content);
      }
    }
    return out;
  }

  private void refused(String line) {
    ShellFixture.Result r = f.run(line);
    assertNotEquals(0, r.status(), line + "\n" + r.all());
    assertFalse(r.all().contains(SECRET), line + " showed the secret:\n" + r.all());
  }

  @Test
  void filesOutsideCannotBeReadOrListed() {
    for (String line :
        List.of(
            "cat ../outside/secret.txt",
            "cat " + outside + "/secret.txt",
            "cat /etc/passwd",
            "head -n 1 ../outside/secret.txt",
            "tail " + outside + "/secret.txt",
            "grep -r s3cr3t ..",
            "grep s3cr3t ../outside/secret.txt",
            "wc ../outside/secret.txt",
            "sed -n 1p ../outside/secret.txt",
            "diff ../outside/secret.txt main.py",
            "ls ..",
            "ls " + outside,
            "ls out",
            "tree ..",
            "tree out",
            "cat out/secret.txt",
            "cat secret-link",
            "cat ../outside/*",
            "ls ../outside/*",
            "cp ../outside/secret.txt stolen.txt",
            "cp secret-link stolen.txt",
            "cp -r out stolen",
            "test -f ../outside/secret.txt",
            "[ -e " + outside + "/secret.txt ]",
            "make -f ../outside/Makefile",
            "cat ~/../outside/secret.txt")) {
      refused(line);
    }
    assertFalse(Files.exists(f.root().resolve("stolen.txt")));
    assertFalse(Files.exists(f.root().resolve("stolen")));
  }

  @Test
  void filesOutsideCannotBeWrittenOrRemoved() throws Exception {
    for (String line :
        List.of(
            "echo x > ../outside/new.txt",
            "echo x >> ../outside/secret.txt",
            "echo x > " + outside + "/secret.txt",
            "echo x > out/new.txt",
            "echo x > dangling",
            "touch ../outside/new.txt",
            "mkdir ../outside/made",
            "mkdir -p out/made",
            "rm ../outside/secret.txt",
            "rm -rf ../outside",
            "rm -rf out/sub",
            "rm -rf " + outside,
            "mv ../outside/secret.txt here.txt",
            "mv main.py ../outside/",
            "cp main.py ../outside/",
            "cp main.py out/",
            "edit ../outside/secret.txt",
            "nano out/secret.txt",
            "vim secret-link",
            "code /etc/passwd")) {
      refused(line);
    }
    assertEquals(before, snapshot(outside));
    assertEquals(List.of(), edited);
  }

  @Test
  void theDirectoryNeverLeavesTheWorkspace() {
    for (String line : List.of("cd ..", "cd /", "cd " + outside, "cd out", "cd ../..", "cd ~/..")) {
      refused(line);
      assertEquals(f.root(), f.shell.cwd());
    }
    assertEquals(0, f.run("cd app/core && cd ../..").status());
    assertEquals(f.root(), f.shell.cwd());
  }

  @Test
  void sqlite3ReachesNoOtherFile() throws Exception {
    for (String line :
        List.of(
            "sqlite3 ../outside/evil.db .tables",
            "sqlite3 " + outside + "/x.db 'CREATE TABLE t(x)'",
            "sqlite3 database.db \"ATTACH '../outside/attached.db' AS a\"",
            "sqlite3 database.db \"ATTACH '" + outside + "/attached.db' AS a\"",
            "sqlite3 database.db \"VACUUM INTO '../outside/copy.db'\"",
            "sqlite3 database.db \"SELECT load_extension('../outside/ext')\"",
            "sqlite3 database.db '.output ../outside/out.txt'",
            "sqlite3 database.db '.once ../outside/once.txt'",
            "sqlite3 database.db '.backup ../outside/backup.db'",
            "sqlite3 database.db '.shell cat ../outside/secret.txt'",
            "sqlite3 database.db '.system cat ../outside/secret.txt'",
            "sqlite3 database.db '.read ../outside/secret.txt'",
            "sqlite3 database.db '.open ../outside/evil.db'",
            "sqlite3 database.db '.import ../outside/secret.txt t'",
            "sqlite3 database.db '.load ../outside/ext'",
            "sqlite3 'file:../outside/evil.db' .tables",
            "sqlite3 .tutor/x.db 'CREATE TABLE t(x)'")) {
      refused(line);
    }
    // As the real shell does with an -init file it cannot open, it says so and goes on.
    ShellFixture.Result r = f.run("sqlite3 -init ../outside/secret.txt database.db .tables");
    assertEquals("cannot open: \"../outside/secret.txt\"\n", r.err());
    assertEquals(before, snapshot(outside));
    assertFalse(Files.exists(f.root().resolve(".tutor/x.db")));
  }

  @Test
  void alembicRefusesADatabaseOutside() throws Exception {
    assertEquals(0, f.run("alembic init alembic").status());
    Path ini = f.root().resolve("alembic.ini");
    Files.writeString(
        ini,
        Files.readString(ini)
            .replace("driver://user:pass@localhost/dbname", "sqlite:///" + outside + "/evil.db"));
    refused("alembic current");
    refused("alembic upgrade head");
    Files.writeString(
        ini,
        Files.readString(ini)
            .replace("sqlite:///" + outside + "/evil.db", "sqlite:///../outside/evil.db"));
    refused("alembic current");
    Files.writeString(
        ini,
        Files.readString(ini)
            .replace("sqlite:///../outside/evil.db", "sqlite:///database.db")
            .replace("script_location = alembic", "script_location = " + outside));
    refused("alembic history");
    assertEquals(before, snapshot(outside));
  }

  @Test
  void aMakefileRecipeIsConfinedLikeTypedCommands() throws Exception {
    Files.writeString(
        f.root().resolve("Makefile"),
        "steal:\n\tcat ../outside/secret.txt\n" + "wreck:\n\trm -rf ../outside\n\techo done\n");
    refused("make steal");
    refused("make wreck");
    assertEquals(before, snapshot(outside));
  }

  @Test
  void noProcessIsStarted() {
    long children = ProcessHandle.current().children().count();
    for (String line :
        List.of(
            "bash -c 'cat ../outside/secret.txt'",
            "sh",
            "python main.py",
            "uv run python",
            "python3 -c 'print(1)'",
            "./main.py",
            "/bin/cat main.py",
            "sqlite3 database.db '.shell id'",
            "env cat main.py",
            "make -C ..")) {
      refused(line);
    }
    assertEquals(children, ProcessHandle.current().children().count());
    assertTrue(edited.isEmpty());
  }
}
