package migrationtutor.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private static List<String> render(String md, int width, boolean color) {
    return new MarkdownRenderer(color).render(md, width).stream().map(StyledLine::text).toList();
  }

  private static Style styleOf(StyledLine line, String text) {
    return line.spans().stream()
        .filter(s -> s.text().contains(text))
        .findFirst()
        .orElseThrow()
        .style();
  }

  @Test
  void headingsAreUnderlinedAndStyled() {
    List<StyledLine> lines = new MarkdownRenderer(true).render("# Title\n\n## Step 1\n", 40);
    assertEquals("Title", lines.get(0).text());
    assertEquals("═════", lines.get(1).text());
    assertEquals("Step 1", lines.get(3).text());
    assertEquals("──────", lines.get(4).text());
    assertEquals(Style.HEADING, styleOf(lines.get(0), "Title"));
  }

  @Test
  void paragraphsWrapAtWordsAndKeepEmphasisAndCode() {
    List<StyledLine> lines =
        new MarkdownRenderer(true)
            .render("Run *this* and **that**: `alembic init alembic` now.", 20);
    assertEquals(
        List.of("Run this and that:", "alembic init alembic", "now."),
        lines.stream().map(StyledLine::text).toList());
    assertEquals(Style.ITALIC, styleOf(lines.get(0), "this"));
    assertEquals(Style.BOLD, styleOf(lines.get(0), "that"));
    assertEquals(Style.CODE, styleOf(lines.get(1), "alembic"));
  }

  @Test
  void withoutColourInlineCodeKeepsItsBackticks() {
    assertEquals(List.of("Type `ls`."), render("Type `ls`.", 40, false));
  }

  @Test
  void codeBlocksAreSetApartAndNeverReflowed() {
    List<String> lines =
        render("Before\n\n```\nalembic upgrade head\n    indented\n```\n", 40, true);
    assertEquals(List.of("Before", "", "│ alembic upgrade head", "│     indented"), lines);
    List<String> narrow = render("```\nabcdefghij\n```\n", 8, true);
    assertEquals(List.of("│ abcdef", "│ ghij"), narrow);
  }

  @Test
  void listsHaveMarkersAndHangingIndents() {
    List<String> lines = render("- one two three four\n- five\n\n1. first\n2. second\n", 12, true);
    assertEquals(
        List.of("• one two", "  three four", "• five", "", "1. first", "2. second"), lines);
  }

  @Test
  void tablesAlignTheirColumnsOrStackWhenTooWide() {
    String md = "| key | does |\n| --- | --- |\n| F1 | help |\n| F10 | quit now |\n";
    assertEquals(
        List.of("key │ does", "────┼─────────", "F1  │ help", "F10 │ quit now"),
        render(md, 40, true));
    List<String> stacked = render(md, 8, true);
    assertTrue(stacked.contains("• key:"), stacked.toString());
  }

  @Test
  void frontMatterIsNotShown() {
    assertEquals(List.of("Text"), render("---\nid: x\n---\nText\n", 40, true));
  }
}
