package migrationtutor.ui.screen;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A lesson's Markdown as screen lines (commonmark-java, with GFM tables): headings underlined,
 * emphasis and inline code styled, code blocks set apart behind a gutter and never reflowed, lists
 * with hanging indents, tables aligned in columns. Without colour, inline code keeps its backticks.
 */
public final class MarkdownRenderer {
  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), YamlFrontMatterExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private final boolean color;
  // For a plain console: code blocks are indented, not boxed, and never wrapped, so that they can
  // be copied line by line from the terminal.
  private final boolean console;

  MarkdownRenderer(boolean color) {
    this(color, false);
  }

  private MarkdownRenderer(boolean color, boolean console) {
    this.color = color;
    this.console = console;
  }

  /**
   * Lesson Markdown as plain text for a console {@code width} columns wide: paragraphs wrapped,
   * emphasis marks dropped, inline code in backticks, code blocks indented, tables aligned.
   */
  public static String plainText(String markdown, int width) {
    StringBuilder b = new StringBuilder();
    for (StyledLine l : new MarkdownRenderer(false, true).render(markdown, width)) {
      b.append(l.text().stripTrailing()).append('\n');
    }
    return b.isEmpty() ? "" : b.substring(0, b.length() - 1);
  }

  /** The document rendered for a pane {@code width} columns wide. */
  List<StyledLine> render(String markdown, int width) {
    List<StyledLine> out = new ArrayList<>();
    blocks(PARSER.parse(markdown), width, List.of(), out);
    while (!out.isEmpty() && out.get(out.size() - 1).spans().isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private void blocks(Node parent, int width, List<Span> indent, List<StyledLine> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      block(n, width, indent, out);
    }
  }

  private void block(Node n, int width, List<Span> indent, List<StyledLine> out) {
    if (n instanceof Heading h) {
      StyledLine text = inline(h, Style.HEADING);
      out.addAll(Wrap.words(text.prefixed(indent), width, indent));
      if (h.getLevel() <= 2) {
        String rule = h.getLevel() == 1 ? "═" : "─";
        int len = Math.min(width - new StyledLine(indent).width(), Math.max(3, text.width()));
        out.add(StyledLine.of(rule.repeat(Math.max(1, len)), Style.HEADING).prefixed(indent));
      }
      out.add(StyledLine.EMPTY);
    } else if (n instanceof Paragraph p) {
      paragraph(p, width, indent, out);
      out.add(StyledLine.EMPTY);
    } else if (n instanceof FencedCodeBlock c) {
      code(c.getLiteral(), width, indent, out);
    } else if (n instanceof IndentedCodeBlock c) {
      code(c.getLiteral(), width, indent, out);
    } else if (n instanceof BulletList || n instanceof OrderedList) {
      list(n, width, indent, out);
      out.add(StyledLine.EMPTY);
    } else if (n instanceof BlockQuote) {
      List<Span> quoted = new ArrayList<>(indent);
      quoted.add(new Span("▌ ", Style.DIM));
      blocks(n, width, quoted, out);
    } else if (n instanceof ThematicBreak) {
      int len = Math.max(1, width - new StyledLine(indent).width());
      out.add(StyledLine.of("─".repeat(len), Style.DIM).prefixed(indent));
      out.add(StyledLine.EMPTY);
    } else if (n instanceof TableBlock t) {
      out.addAll(
          new MarkdownTable(this)
              .render(t, width - new StyledLine(indent).width()).stream()
                  .map(l -> l.prefixed(indent))
                  .toList());
      out.add(StyledLine.EMPTY);
    } else if (n instanceof HtmlBlock html) {
      for (String l : html.getLiteral().strip().split("\n")) {
        out.add(StyledLine.of(l, Style.DIM).prefixed(indent));
      }
      out.add(StyledLine.EMPTY);
    } else {
      blocks(n, width, indent, out); // front matter and unknown containers: their children
    }
  }

  /** A paragraph; hard line breaks start new lines, soft ones are spaces. */
  private void paragraph(Node p, int width, List<Span> indent, List<StyledLine> out) {
    List<List<Span>> lines = new ArrayList<>();
    lines.add(new ArrayList<>(indent));
    inlines(p, Style.NORMAL, lines);
    for (List<Span> l : lines) {
      out.addAll(Wrap.words(new StyledLine(l), width, indent));
    }
  }

  private void code(String literal, int width, List<Span> indent, List<StyledLine> out) {
    List<Span> gutter = new ArrayList<>(indent);
    gutter.add(new Span(console ? "    " : "│ ", Style.DIM));
    int room = console ? Integer.MAX_VALUE : Math.max(1, width - new StyledLine(gutter).width());
    String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    for (String line : text.split("\n", -1)) {
      for (String part : Wrap.hard(line.replace("\t", "    "), room)) {
        out.add(StyledLine.of(part, Style.CODE_BLOCK).prefixed(gutter));
      }
    }
    out.add(StyledLine.EMPTY);
  }

  private void list(Node list, int width, List<Span> indent, List<StyledLine> out) {
    int number = list instanceof OrderedList ol ? startOf(ol) : 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      String marker = list instanceof OrderedList ? (number++) + ". " : "• ";
      List<Span> hanging = new ArrayList<>(indent);
      hanging.add(Span.of(" ".repeat(marker.length())));
      List<StyledLine> body = new ArrayList<>();
      blocks(item, width, hanging, body);
      while (!body.isEmpty() && body.get(body.size() - 1).spans().isEmpty()) {
        body.remove(body.size() - 1);
      }
      body.removeIf(l -> l.spans().isEmpty()); // tight lists read better on a small pane
      if (body.isEmpty()) {
        body.add(new StyledLine(hanging));
      }
      // Replace the first line's hanging indent by the marker.
      List<Span> first = new ArrayList<>(body.get(0).spans());
      first.subList(0, Math.min(first.size(), hanging.size())).clear();
      List<Span> head = new ArrayList<>(indent);
      head.add(new Span(marker, Style.BOLD));
      head.addAll(first);
      body.set(0, new StyledLine(head));
      out.addAll(body);
    }
  }

  private static int startOf(OrderedList ol) {
    Integer start = ol.getMarkerStartNumber();
    return start == null ? 1 : start;
  }

  /** The inline content of {@code parent} on one line (soft and hard breaks become spaces). */
  StyledLine inline(Node parent, Style base) {
    List<List<Span>> lines = new ArrayList<>();
    lines.add(new ArrayList<>());
    inlines(parent, base, lines);
    List<Span> all = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        all.add(new Span(" ", base));
      }
      all.addAll(lines.get(i));
    }
    return new StyledLine(all);
  }

  private void inlines(Node parent, Style base, List<List<Span>> lines) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      List<Span> line = lines.get(lines.size() - 1);
      if (n instanceof Text t) {
        line.add(new Span(t.getLiteral(), base));
      } else if (n instanceof Code c) {
        line.add(new Span(color ? c.getLiteral() : "`" + c.getLiteral() + "`", Style.CODE));
      } else if (n instanceof Emphasis) {
        inlines(n, base == Style.HEADING ? base : Style.ITALIC, lines);
      } else if (n instanceof StrongEmphasis) {
        inlines(n, base == Style.HEADING ? base : Style.BOLD, lines);
      } else if (n instanceof Link link) {
        inlines(n, Style.LINK, lines);
        String dest = link.getDestination();
        if (dest != null && dest.matches("https?://.*")) {
          lines.get(lines.size() - 1).add(new Span(" (" + dest + ")", Style.DIM));
        }
      } else if (n instanceof SoftLineBreak) {
        line.add(new Span(" ", base));
      } else if (n instanceof HardLineBreak) {
        lines.add(new ArrayList<>());
      } else if (n instanceof HtmlInline h) {
        line.add(new Span(h.getLiteral(), Style.DIM));
      } else {
        inlines(n, base, lines);
      }
    }
  }
}
