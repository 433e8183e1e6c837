package migrationtutor.ui.screen;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/**
 * A GFM table in aligned columns separated by │, the header in bold above a rule. A table too wide
 * for the pane is shown row by row as "header: value" lines, so no cell is cut.
 */
final class MarkdownTable {
  private final MarkdownRenderer inline;

  MarkdownTable(MarkdownRenderer inline) {
    this.inline = inline;
  }

  List<StyledLine> render(TableBlock table, int width) {
    List<List<StyledLine>> rows = new ArrayList<>();
    int headerRows = 0;
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        List<StyledLine> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          boolean header = cell instanceof TableCell tc && tc.isHeader();
          cells.add(inline.inline(cell, header ? Style.BOLD : Style.NORMAL));
        }
        rows.add(cells);
        if (section instanceof TableHead) {
          headerRows++;
        }
      }
    }
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<StyledLine> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).width());
      }
    }
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    total += 3 * Math.max(0, columns - 1);
    return total <= width ? aligned(rows, widths, headerRows) : stacked(rows, headerRows, width);
  }

  private static List<StyledLine> aligned(List<List<StyledLine>> rows, int[] widths, int headers) {
    List<StyledLine> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Span> spans = new ArrayList<>();
      List<StyledLine> row = rows.get(r);
      for (int c = 0; c < widths.length; c++) {
        if (c > 0) {
          spans.add(new Span(" │ ", Style.DIM));
        }
        StyledLine cell = c < row.size() ? row.get(c) : StyledLine.EMPTY;
        spans.addAll(cell.spans());
        if (c < widths.length - 1) {
          spans.add(Span.of(" ".repeat(widths[c] - cell.width())));
        }
      }
      out.add(new StyledLine(spans));
      if (r == headers - 1) {
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
          rule.append(c > 0 ? "─┼─" : "").append("─".repeat(widths[c]));
        }
        out.add(StyledLine.of(rule.toString(), Style.DIM));
      }
    }
    return out;
  }

  private static List<StyledLine> stacked(List<List<StyledLine>> rows, int headers, int width) {
    List<StyledLine> out = new ArrayList<>();
    List<StyledLine> names = headers > 0 ? rows.get(0) : List.of();
    for (int r = headers; r < rows.size(); r++) {
      List<StyledLine> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(c == 0 ? "• " : "  ", Style.BOLD));
        if (c < names.size()) {
          spans.addAll(names.get(c).spans());
          spans.add(Span.of(": "));
        }
        spans.addAll(row.get(c).spans());
        out.addAll(Wrap.words(new StyledLine(spans), width, List.of(Span.of("    "))));
      }
    }
    return out;
  }
}
