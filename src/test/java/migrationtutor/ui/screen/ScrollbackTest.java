package migrationtutor.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrollbackTest {
  private static List<String> shown(Scrollback s, int width, int height, int back) {
    return s.view(width, height, back).lines().stream().map(StyledLine::text).toList();
  }

  @Test
  void linesWrapAndTheEndIsShown() {
    Scrollback s = new Scrollback(() -> {});
    s.write("one\ntwo\nabcdefghij\n", Style.NORMAL);
    assertEquals(List.of("two", "abcdef", "ghij"), shown(s, 6, 3, 0));
    assertEquals(List.of("one", "two", "abcdef"), shown(s, 6, 3, 1));
    assertEquals(List.of("one", "two", "abcdef"), shown(s, 6, 3, 99), "clamped at the top");
  }

  @Test
  void carriageReturnBackspaceTabsAndClear() {
    Scrollback s = new Scrollback(() -> {});
    s.write("50%\r100%\nab\bc\na\tb\r\n", Style.NORMAL);
    assertEquals(List.of("100%", "ac", "a       b"), shown(s, 20, 3, 0));
    s.write("\033[1mbold\033[0m\n", Style.NORMAL);
    assertEquals("bold", shown(s, 20, 1, 0).get(0));
    s.write("\033[H\033[2J\033[3J", Style.NORMAL);
    assertTrue(shown(s, 20, 3, 0).stream().allMatch(String::isEmpty), "clear empties the pane");
  }

  @Test
  void theUnfinishedLineIsACommandsPrompt() {
    Scrollback s = new Scrollback(() -> {});
    s.write("SQLite version\nsqlite> ", Style.NORMAL);
    assertEquals("sqlite> ", s.takePartial());
    assertEquals(List.of("SQLite version"), shown(s, 20, 1, 0));
  }

  @Test
  void utf8SplitBetweenWritesIsDecodedWhole() {
    Scrollback s = new Scrollback(() -> {});
    PaneOutput out = new PaneOutput(s, Style.NORMAL);
    byte[] bytes = "✓ done\n".getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, 1);
    out.write(bytes, 1, bytes.length - 1);
    assertEquals(List.of("✓ done"), shown(s, 20, 1, 0));
  }

  @Test
  void oldLinesAreDroppedBeyondTheLimit() {
    Scrollback s = new Scrollback(() -> {});
    for (int i = 0; i < Scrollback.MAX_LINES + 10; i++) {
      s.write("line " + i + "\n", Style.NORMAL);
    }
    List<String> top = shown(s, 20, 1, Integer.MAX_VALUE);
    assertEquals(List.of("line 10"), top);
  }
}
