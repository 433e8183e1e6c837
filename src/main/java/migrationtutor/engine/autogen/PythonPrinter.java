package migrationtutor.engine.autogen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Mako's {@code pygen.PythonPrinter} as Alembic's {@code _render_cmd_body} uses it: each line is
 * indented by the current level; a line ending with {@code :} after {@code with} (or another
 * compound keyword) indents the lines after it, and a blank line ends the block. A line holding
 * several physical lines is indented at its start only, which is why continuation lines of rendered
 * operations keep their own indentation.
 */
final class PythonPrinter {
  private static final Pattern SPACE_COMMENT = python("^\\s*#");
  private static final Pattern SPACE = python("^\\s*$");
  private static final Pattern INDENT = python(":[ \\t]*(?:#.*)?$");
  private static final Pattern COMPOUND = python("^\\s*(if|try|elif|while|for|with)");
  private static final Pattern INDENT_KEYWORD = python("^\\s*(def|class|else|elif|except|finally)");
  private static final Pattern UNINDENTOR = python("^\\s*(else|elif|except|finally).*\\:");

  private final StringBuilder out = new StringBuilder();
  private final Deque<String> indentDetail = new ArrayDeque<>();
  private int indent;

  private static Pattern python(String regex) {
    return Pattern.compile(regex, Pattern.UNIX_LINES);
  }

  /** {@code writeline(line)}. */
  void writeline(String line) {
    boolean hastext = !SPACE_COMMENT.matcher(line).lookingAt() && !SPACE.matcher(line).find();
    boolean comment = !line.isEmpty() && line.charAt(0) == '#';
    if (!comment && (!hastext || unindentor(line)) && indent > 0) {
      indent--;
      indentDetail.pop();
    }
    out.append("    ".repeat(indent)).append(line).append('\n');
    if (INDENT.matcher(line).find()) {
      var compound = COMPOUND.matcher(line);
      if (compound.lookingAt()) {
        indent++;
        indentDetail.push(compound.group(1));
      } else if (INDENT_KEYWORD.matcher(line).lookingAt()) {
        indent++;
        indentDetail.push("");
      }
    }
  }

  private boolean unindentor(String line) {
    return !indentDetail.isEmpty()
        && !indentDetail.peek().isEmpty()
        && UNINDENTOR.matcher(line).lookingAt();
  }

  /** What was written. */
  String text() {
    return out.toString();
  }
}
