package migrationtutor.engine.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Mako template in the subset Alembic's templates use: text, {@code ${expression}} and {@code
 * ${expression | filter, ...}} substitutions, {@code ##} comment lines, {@code %%} escapes and a
 * backslash at the end of a line to join it with the next.
 *
 * <p>Alembic renders {@code script.py.mako} (which learners may edit) and {@code alembic.ini.mako}
 * with Mako. Control lines ({@code % if}), {@code <% %>} blocks and the other tags are reported
 * with the template's line instead of being silently mis-rendered.
 */
public final class MakoTemplate {
  /** A piece of a template. */
  sealed interface Part permits Text, Substitution {}

  /** Literal text. */
  record Text(String text) implements Part {}

  /** A {@code ${...}} expression with its filters, and the line it starts on. */
  record Substitution(String expression, List<String> filters, int line) implements Part {}

  private final String name;
  private final List<Part> parts;

  private MakoTemplate(String name, List<Part> parts) {
    this.name = name;
    this.parts = List.copyOf(parts);
  }

  /** The template's file name, for messages. */
  public String name() {
    return name;
  }

  List<Part> parts() {
    return parts;
  }

  /**
   * Parses template text.
   *
   * @throws TemplateError for syntax outside the supported subset, naming the line
   */
  public static MakoTemplate parse(String name, String source) {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String[] lines = source.split("(?<=\n)", -1);
    int lineNo = 0;
    for (int li = 0; li < lines.length; li++) {
      String line = lines[li];
      lineNo++;
      String stripped = line.stripLeading();
      if (stripped.startsWith("##")) {
        continue;
      }
      if (stripped.startsWith("%%")) {
        line = line.replaceFirst("%%", "%");
      } else if (stripped.startsWith("%")) {
        throw new TemplateError(
            name,
            lineNo,
            "control lines (" + stripped.strip() + ") are not supported; use ${...} expressions");
      }
      int i = 0;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '{') {
          int end = findClosingBrace(line, i + 2);
          if (end < 0) {
            throw new TemplateError(name, lineNo, "'${' is never closed on this line");
          }
          if (text.length() > 0) {
            parts.add(new Text(text.toString()));
            text.setLength(0);
          }
          parts.add(substitution(name, line.substring(i + 2, end), lineNo));
          i = end + 1;
        } else if (c == '<' && line.startsWith("<%", i)) {
          throw new TemplateError(
              name, lineNo, "<% ... %> tags are not supported; use ${...} expressions");
        } else if (c == '\\' && line.substring(i).equals("\\\n")) {
          i = line.length();
        } else {
          text.append(c);
          i++;
        }
      }
    }
    if (text.length() > 0) {
      parts.add(new Text(text.toString()));
    }
    return new MakoTemplate(name, parts);
  }

  private static Substitution substitution(String name, String body, int line) {
    // Mako splits the filters off at the last '|' that is outside brackets and strings.
    Optional<Integer> bar = lastTopLevelBar(body);
    if (bar.isEmpty()) {
      return new Substitution(body.strip(), List.of(), line);
    }
    List<String> filters = new ArrayList<>();
    for (String f : body.substring(bar.get() + 1).split(",")) {
      if (!f.isBlank()) {
        filters.add(f.strip());
      }
    }
    if (body.substring(0, bar.get()).isBlank()) {
      throw new TemplateError(name, line, "empty expression before '|'");
    }
    return new Substitution(body.substring(0, bar.get()).strip(), filters, line);
  }

  private static Optional<Integer> lastTopLevelBar(String body) {
    int depth = 0;
    char quote = 0;
    Integer found = null;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == '|' && depth == 0) {
        found = i;
      }
    }
    return Optional.ofNullable(found);
  }

  private static int findClosingBrace(String line, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }
}
