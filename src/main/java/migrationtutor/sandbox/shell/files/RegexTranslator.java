package migrationtutor.sandbox.shell.files;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * POSIX regular expressions, basic (grep, sed) or extended ({@code grep -E}), with GNU's extensions
 * ({@code \| \+ \? \< \> \b \w \s}), translated into Java patterns.
 */
final class RegexTranslator {
  /** A pattern grep would reject, with GNU's message. */
  static final class BadPattern extends Exception {
    private static final long serialVersionUID = 1L;

    BadPattern(String message) {
      super(message);
    }
  }

  private RegexTranslator() {}

  static Pattern compile(String re, boolean extended, boolean ignoreCase) throws BadPattern {
    String java = translate(re, extended);
    try {
      return Pattern.compile(
          java, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    } catch (StackOverflowError e) {
      throw new BadPattern("regular expression is too big");
    } catch (PatternSyntaxException e) {
      throw new BadPattern(
          java.contains("(") && e.getDescription().contains("Unclosed group")
              ? "Unmatched ( or \\("
              : "Invalid regular expression");
    }
  }

  static String translate(String re, boolean extended) throws BadPattern {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    boolean atStart = true;
    int i = 0;
    while (i < re.length()) {
      char c = re.charAt(i);
      boolean start = atStart;
      atStart = false;
      if (c == '[') {
        i = bracket(re, i, out);
        continue;
      }
      if (c == '\\') {
        if (i + 1 >= re.length()) {
          throw new BadPattern("Trailing backslash");
        }
        char n = re.charAt(i + 1);
        i += 2;
        if (!extended && n == '(') {
          out.append('(');
          depth++;
          atStart = true;
        } else if (!extended && n == ')') {
          if (--depth < 0) {
            throw new BadPattern("Unmatched ) or \\)");
          }
          out.append(')');
        } else if (!extended && n == '|') {
          out.append('|');
          atStart = true;
        } else if (!extended && (n == '{' || n == '}' || n == '+' || n == '?')) {
          out.append(n);
        } else if (n == '<') {
          out.append("\\b(?=\\w)");
        } else if (n == '>') {
          out.append("\\b(?<=\\w)");
        } else if ("bBwWsS123456789".indexOf(n) >= 0) {
          out.append('\\').append(n);
        } else {
          out.append(literal(n));
        }
        continue;
      }
      i++;
      switch (c) {
        case '.' -> out.append('.');
        case '*' -> out.append(start ? literal(c) : "*");
        case '^' -> out.append(extended || start ? "^" : literal(c));
        case '$' -> out.append(extended || atEnd(re, i) ? "$" : literal(c));
        case '(', ')', '|', '+', '?', '{', '}' -> {
          if (!extended) {
            out.append(literal(c));
          } else if (c == '(') {
            depth++;
            out.append('(');
            atStart = true;
          } else if (c == ')') {
            if (--depth < 0) {
              throw new BadPattern("Unmatched ) or \\)");
            }
            out.append(')');
          } else if (c == '|') {
            out.append('|');
            atStart = true;
          } else if (c == '{' && !re.substring(i).matches("(?s)\\d+(,\\d*)?\\}.*")) {
            out.append(literal(c));
          } else if ((c == '+' || c == '?') && start) {
            out.append(literal(c));
          } else {
            out.append(c);
          }
        }
        default -> out.append(literal(c));
      }
    }
    if (depth > 0) {
      throw new BadPattern("Unmatched ( or \\(");
    }
    return out.toString();
  }

  /** Whether a BRE {@code $} at {@code i} (after it) ends the pattern or a group. */
  private static boolean atEnd(String re, int i) {
    return i == re.length() || re.startsWith("\\)", i) || re.startsWith("\\|", i);
  }

  private static int bracket(String re, int start, StringBuilder out) throws BadPattern {
    int i = start + 1;
    StringBuilder cls = new StringBuilder("[");
    if (i < re.length() && re.charAt(i) == '^') {
      cls.append('^');
      i++;
    }
    boolean first = true;
    while (i < re.length()) {
      char c = re.charAt(i);
      if (c == ']' && !first) {
        out.append(cls).append(']');
        return i + 1;
      }
      first = false;
      if (c == '[' && i + 1 < re.length() && re.charAt(i + 1) == ':') {
        int close = re.indexOf(":]", i + 2);
        if (close < 0) {
          break;
        }
        String name = re.substring(i + 2, close);
        String java =
            switch (name) {
              case "alpha" -> "\\p{Alpha}";
              case "digit" -> "\\p{Digit}";
              case "alnum" -> "\\p{Alnum}";
              case "upper" -> "\\p{Upper}";
              case "lower" -> "\\p{Lower}";
              case "space" -> "\\s";
              case "blank" -> "\\p{Blank}";
              case "punct" -> "\\p{Punct}";
              case "xdigit" -> "\\p{XDigit}";
              case "cntrl" -> "\\p{Cntrl}";
              case "print" -> "\\p{Print}";
              case "graph" -> "\\p{Graph}";
              default -> throw new BadPattern("Invalid character class name");
            };
        cls.append(java);
        i = close + 2;
        continue;
      }
      if (i + 2 < re.length() && re.charAt(i + 1) == '-' && re.charAt(i + 2) != ']') {
        cls.append(literal(c)).append('-').append(literal(re.charAt(i + 2)));
        i += 3;
      } else {
        cls.append(literal(c));
        i++;
      }
    }
    throw new BadPattern("Unmatched [, [^, [:, [., or [=");
  }

  private static String literal(char c) {
    return Character.isLetterOrDigit(c) || c == ' ' || c == '_'
        ? String.valueOf(c)
        : "\\x{" + Integer.toHexString(c) + "}";
  }
}
