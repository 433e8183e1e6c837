package migrationtutor.sandbox.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file commands against the real GNU tools on this machine (coreutils 9.1, grep 3.8, diff 3.8,
 * tree 2.1.0 on Debian 12), on the same files: output, error text and exit status.
 */
class GnuToolsGoldenTest {
  @TempDir Path tmp;
  ShellFixture f;
  Path root;

  @BeforeEach
  void setUp() throws Exception {
    f = new ShellFixture(tmp.resolve("ws"));
    root = f.root();
    Files.writeString(
        root.resolve("notes.txt"),
        "one\ntwo\nthree\nfour\nfive\nsix\nseven\n" + "eight\nnine\nten\neleven\ntwelve\n");
    Files.writeString(
        root.resolve("other.txt"),
        "one\ntwo\n3\nfour\nfive\nsix\nseven\n" + "eight\nnine\nTEN\neleven\ntwelve\nthirteen");
    Files.writeString(root.resolve("my notes.txt"), "spaced\n");
    Files.write(root.resolve("big.bin"), new byte[2_345_678]);
    Files.writeString(root.resolve(".hidden"), "h\n");
    Files.createDirectories(root.resolve("docs/deep"));
    Files.writeString(root.resolve("docs/deep/x.md"), "# Title\nTODO: write\n");
    Files.writeString(root.resolve("docs/a_rather_long_file_name_for_columns.md"), "todo\n");
    Files.createSymbolicLink(root.resolve("link-to-notes"), Path.of("notes.txt"));
    Files.setLastModifiedTime(
        root.resolve("other.txt"), FileTime.from(Instant.parse("2021-03-04T05:06:07.123456789Z")));
    for (String name : new String[] {"B", "aa", "Zed", "ccc_ccc", "d", "e.e"}) {
      Files.writeString(root.resolve("docs").resolve(name), name);
    }
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private void same(String line, List<String> real) {
    RealTools.assumeInstalled(real.get(0));
    ShellFixture.Result ours = f.run(line);
    ShellFixture.Result theirs = RealTools.run(f.shell.cwd(), real);
    assertEquals(theirs.out(), ours.out(), line + " (stdout)");
    assertEquals(theirs.err(), ours.err(), line + " (stderr)");
    assertEquals(theirs.status(), ours.status(), line + " (exit status)");
  }

  private void same(String line) {
    List<String> words = List.of(line.split(" "));
    same(line, words);
  }

  @Test
  void lsIntoAFileOrPipe() {
    same("ls");
    same("ls -1");
    same("ls -a");
    same("ls -A");
    same("ls docs");
    same("ls docs notes.txt");
    same("ls -d docs");
    same("ls nope");
    same("ls notes.txt nope docs");
  }

  @Test
  void lsLong() {
    same("ls -l docs");
    same("ls -lh");
    same("ls -l notes.txt other.txt link-to-notes");
    same("ls -la docs");
    same("ls -lah docs/deep");
    same("ls -l docs/deep docs");
  }

  @Test
  void lsColumnsOnATerminal() {
    f.terminal = true;
    for (int width : new int[] {20, 40, 60, 80, 132}) {
      f.width = width;
      same("ls", List.of("ls", "-C", "-w", String.valueOf(width), "--quoting-style=shell-escape"));
      same(
          "ls docs",
          List.of("ls", "-C", "-w", String.valueOf(width), "--quoting-style=shell-escape", "docs"));
      same(
          "ls -a",
          List.of("ls", "-a", "-C", "-w", String.valueOf(width), "--quoting-style=shell-escape"));
    }
    same("ls -l", List.of("ls", "-l", "--quoting-style=shell-escape"));
    same("ls -1", List.of("ls", "-1", "--quoting-style=shell-escape"));
  }

  @Test
  void catHeadTailWc() {
    same("cat notes.txt other.txt");
    same("cat -n other.txt notes.txt");
    same("cat nope docs notes.txt");
    same("head -n 3 notes.txt");
    same("head -3 notes.txt other.txt");
    same("head -n -9 notes.txt");
    same("tail -n 2 notes.txt other.txt");
    same("tail -n +11 other.txt");
    same("tail notes.txt");
    same("head nope");
    same("tail docs");
    same("wc notes.txt");
    same("wc -l notes.txt");
    same("wc -l notes.txt other.txt");
    same("wc -w -c notes.txt other.txt nope");
  }

  @Test
  void grep() {
    same("grep -n e notes.txt");
    same("grep -i ten notes.txt other.txt");
    same("grep -v e notes.txt");
    same("grep -c o notes.txt other.txt");
    same("grep -l TEN notes.txt other.txt");
    same("grep -r TODO docs");
    same("grep -rn todo docs/deep");
    same("grep -E 't(en|wo)' notes.txt", List.of("grep", "-E", "t(en|wo)", "notes.txt"));
    same("grep 't\\(en\\|wo\\)' notes.txt", List.of("grep", "t\\(en\\|wo\\)", "notes.txt"));
    same("grep -w one notes.txt");
    same("grep zzz notes.txt");
    same("grep one nope notes.txt");
    same("grep one docs");
    same("grep -E 'a(' notes.txt", List.of("grep", "-E", "a(", "notes.txt"));
    same("grep x big.bin", List.of("grep", "x", "big.bin"));
    same("grep -c ^ big.bin", List.of("grep", "-c", "^", "big.bin"));
  }

  @Test
  void treeOfAFolder() {
    same("tree docs");
    same("tree -a docs");
    same("tree -d docs");
    same("tree -L 1 docs");
    same("tree -I 'd*' docs", List.of("tree", "-I", "d*", "docs"));
    same("tree nope");
  }

  @Test
  void diff() {
    same("diff notes.txt other.txt");
    same("diff -u notes.txt other.txt");
    same("diff -u other.txt notes.txt");
    same("diff notes.txt notes.txt");
    same("diff -q notes.txt other.txt");
    same("diff nope notes.txt");
  }

  @Test
  void changingFilesFailsLikeGnu() {
    same("mkdir docs");
    same("mkdir a/b/c");
    same("rm nope");
    same("rm docs");
    same("cp docs x");
    same("cp nope x");
    same("mv nope x");
    same("touch nope/x");
    same("rm -f nope");
  }
}
