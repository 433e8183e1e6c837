package migrationtutor.course;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.course.check.CheckParser;
import migrationtutor.course.check.ExpectedSchema;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads one lesson file: front matter, then CommonMark where each {@code ##} heading starts a step,
 * fenced blocks of the tutor's kinds hold the step's checks, hints, solution, wrong answers and the
 * lesson's expected schemas, and everything else is prose. Every authoring mistake becomes a {@link
 * Diagnostic}; the lesson is returned only when there is none.
 */
final class LessonParser {
  private static final Parser MARKDOWN =
      Parser.builder()
          .extensions(List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  private final String file;
  private final List<String> lines;
  private final List<Diagnostic> out;
  private final Map<String, ExpectedSchema> schemas = new LinkedHashMap<>();
  private final List<StepDraft> steps = new ArrayList<>();
  private final StringBuilder intro = new StringBuilder();

  private LessonParser(String file, String text, List<Diagnostic> out) {
    this.file = file;
    this.lines = List.of(text.split("\n", -1));
    this.out = out;
  }

  /**
   * A file read: its lesson (null when it has mistakes, all reported into the diagnostics) and its
   * front matter with the line of each key, for mistakes across files.
   */
  record Parsed(Lesson lesson, Map<String, String> front, Map<String, Integer> frontLines) {}

  static Parsed parse(String file, String text, List<Diagnostic> out) {
    String normalized = text.replace("\r\n", "\n");
    int before = out.size();
    LessonParser p = new LessonParser(file, normalized, out);
    FrontMatter fm = FrontMatter.read(file, p.lines, out);
    Node doc = MARKDOWN.parse(normalized);
    p.unclosedAndNested(doc);
    List<Node> blocks = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      blocks.add(n);
    }
    for (Node n : blocks) {
      if (n instanceof FencedCodeBlock f && "schema".equals(BlockInfo.of(f.getInfo()).kind())) {
        p.schema(f, BlockInfo.of(f.getInfo()));
      }
    }
    for (Node n : blocks) {
      p.block(n);
    }
    List<Step> steps = new ArrayList<>();
    for (StepDraft d : p.steps) {
      d.finish(file, out);
      steps.add(d.build());
    }
    if (steps.isEmpty()) {
      out.add(
          new Diagnostic(
              file,
              Math.max(1, fm.end),
              "the lesson has no steps: each step starts with a ## heading"));
    }
    Map<String, String> v = fm.values;
    if (out.size() > before) {
      return new Parsed(null, v, fm.lines);
    }
    Lesson lesson =
        new Lesson(
            v.get("id"),
            v.get("title"),
            v.get("starter"),
            Integer.parseInt(v.get("order")),
            v.get("group"),
            file,
            fingerprint(normalized),
            p.intro.toString().strip(),
            steps,
            p.schemas);
    return new Parsed(lesson, v, fm.lines);
  }

  private void block(Node n) {
    int line = line(n);
    if (n instanceof YamlFrontMatterBlock) {
      return;
    }
    if (n instanceof Heading h && h.getLevel() == 2) {
      steps.add(new StepDraft(steps.size() + 1, text(h), line));
      return;
    }
    if (n instanceof Heading h && h.getLevel() == 1 && steps.isEmpty() && intro.length() == 0) {
      return; // the title as GitHub shows it; the tutor shows the front matter's title
    }
    if (n instanceof FencedCodeBlock f) {
      BlockInfo info = BlockInfo.of(f.getInfo());
      if (info.kind() != null) {
        special(f, info, line);
        return;
      }
      String near = BlockInfo.misspeltKind(f.getInfo());
      if (near != null) {
        out.add(
            new Diagnostic(
                file,
                line,
                "unknown block kind in '"
                    + f.getInfo().strip()
                    + "' (did you mean "
                    + near
                    + "?)"));
      }
    }
    StringBuilder prose = steps.isEmpty() ? intro : steps.get(steps.size() - 1).prose;
    prose.append(prose.length() == 0 ? "" : "\n\n").append(source(n));
  }

  private void special(FencedCodeBlock f, BlockInfo info, int line) {
    if (info.kind().equals("schema")) {
      return;
    }
    if (steps.isEmpty()) {
      out.add(
          new Diagnostic(
              file,
              line,
              "a "
                  + info.kind()
                  + " block before the first step: put it under the ## heading of its step"));
      return;
    }
    StepDraft step = steps.get(steps.size() - 1);
    String body = f.getLiteral();
    switch (info.kind()) {
      case "check" -> {
        String[] ls = body.split("\n", -1);
        for (int i = 0; i < ls.length; i++) {
          String l = ls[i].strip();
          if (l.isEmpty() || l.startsWith("#")) {
            continue;
          }
          step.checkLines++; // a wrong line is reported itself, not as an empty block
          CheckParser.Parsed parsed = CheckParser.parse(l, line + 1 + i, schemas.keySet());
          if (parsed.error() != null) {
            out.add(new Diagnostic(file, line + 1 + i, parsed.error()));
          } else {
            step.checks.add(parsed.check());
          }
        }
        step.checkBlocks++;
      }
      case "hint" -> {
        if (body.isBlank()) {
          out.add(new Diagnostic(file, line, "the hint block is empty"));
        }
        step.hints.add(body.strip());
      }
      case "solution", "wrong" -> {
        if (info.kind().equals("solution")) {
          step.solutionBlocks++; // a block with mistakes is reported itself, not as missing
        }
        try {
          List<Action> actions = BlockReader.actions(info, body, line);
          if (info.kind().equals("solution")) {
            step.solution.addAll(actions);
          } else {
            step.wrong(info.attributes().getOrDefault("name", "line " + line), line, actions);
          }
        } catch (IllegalArgumentException e) {
          String m = e.getMessage();
          int colon = m.indexOf(": ");
          out.add(
              new Diagnostic(
                  file, Integer.parseInt(m.substring(0, colon)), m.substring(colon + 2)));
        }
      }
      default -> throw new IllegalStateException(info.kind());
    }
  }

  private void schema(FencedCodeBlock f, BlockInfo info) {
    int line = line(f);
    if (info.args().size() > 1) {
      out.add(
          new Diagnostic(file, line, "a schema block has at most one name: ```sql schema NAME"));
      return;
    }
    try {
      ExpectedSchema s =
          ExpectedSchema.parse(
              info.args().isEmpty() ? null : info.args().get(0), f.getLiteral(), line);
      ExpectedSchema first = schemas.putIfAbsent(s.name(), s);
      if (first != null) {
        out.add(
            new Diagnostic(
                file,
                line,
                "there is already a schema called '" + s.name() + "' (line " + first.line() + ")"));
      }
    } catch (IllegalArgumentException e) {
      out.add(new Diagnostic(file, line, e.getMessage()));
    }
  }

  /** Fences left open, and tutor blocks inside lists or quotes (which the tutor does not read). */
  private void unclosedAndNested(Node doc) {
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(FencedCodeBlock f) {
            if (f.getClosingFenceLength() == null) {
              out.add(new Diagnostic(file, line(f), "the ``` fence opened here is never closed"));
            } else if (f.getParent() != doc && BlockInfo.of(f.getInfo()).kind() != null) {
              out.add(
                  new Diagnostic(
                      file,
                      line(f),
                      "a "
                          + BlockInfo.of(f.getInfo()).kind()
                          + " block inside a list or quote is not read; put it at the top level"));
            }
          }
        });
  }

  private static int line(Node n) {
    return n.getSourceSpans().isEmpty() ? 1 : n.getSourceSpans().get(0).getLineIndex() + 1;
  }

  private String source(Node n) {
    var spans = n.getSourceSpans();
    int first = spans.get(0).getLineIndex();
    int last = spans.get(spans.size() - 1).getLineIndex();
    return String.join("\n", lines.subList(first, Math.min(last + 1, lines.size())));
  }

  private static String text(Node n) {
    StringBuilder b = new StringBuilder();
    n.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            b.append(t.getLiteral());
          }

          @Override
          public void visit(org.commonmark.node.Code c) {
            b.append(c.getLiteral());
          }
        });
    return b.toString().strip();
  }

  static String fingerprint(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
