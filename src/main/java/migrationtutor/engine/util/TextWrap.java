package migrationtutor.engine.util;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code textwrap.wrap} with its default options (tabs expanded, whitespace replaced and
 * dropped at line ends, long words broken, breaks after hyphens).
 *
 * <p>Alembic wraps its stdout messages with it when stdin is a terminal, and argparse wraps help
 * text with it, so both must break lines exactly where Python does.
 */
public final class TextWrap {
  // textwrap.TextWrapper.wordsep_re, with Python's Unicode \w semantics.
  private static final String WS = "[\\t\\n\\x0b\\x0c\\r ]";
  private static final String NWS = "[^\\t\\n\\x0b\\x0c\\r ]";
  private static final String WORD_PUNCT = "[\\w!\"'&.,?]";
  private static final String LETTER = "[^\\d\\W]";
  private static final Pattern WORDSEP =
      Pattern.compile(
          "("
              + WS
              + "+"
              + "|(?<="
              + WORD_PUNCT
              + ")-{2,}(?=\\w)"
              + "|"
              + NWS
              + "+?(?:"
              + "-(?:(?<="
              + LETTER
              + "{2}-)|(?<="
              + LETTER
              + "-"
              + LETTER
              + "-))"
              + "(?="
              + LETTER
              + "-?"
              + LETTER
              + ")"
              + "|(?="
              + WS
              + "|\\z)"
              + "|(?<="
              + WORD_PUNCT
              + ")(?=-{2,}\\w)"
              + "))",
          Pattern.UNICODE_CHARACTER_CLASS);

  private TextWrap() {}

  /** Wraps text to lines of at most {@code width} characters. */
  public static List<String> wrap(String text, int width) {
    return wrap(text, width, "", "");
  }

  /** Wraps text with indents for the first and the following lines ({@code textwrap.fill}). */
  public static List<String> wrap(
      String text, int width, String initialIndent, String subsequentIndent) {
    if (width <= 0) {
      throw new IllegalArgumentException("invalid width " + width + " (must be > 0)");
    }
    List<String> chunks = split(mungeWhitespace(text));
    return wrapChunks(chunks, width, initialIndent, subsequentIndent);
  }

  private static String mungeWhitespace(String text) {
    String expanded = expandTabs(text);
    StringBuilder sb = new StringBuilder(expanded.length());
    for (char c : expanded.toCharArray()) {
      sb.append(c == '\n' || c == '\u000b' || c == '\f' || c == '\r' ? ' ' : c);
    }
    return sb.toString();
  }

  private static String expandTabs(String text) {
    StringBuilder sb = new StringBuilder();
    int col = 0;
    for (char c : text.toCharArray()) {
      if (c == '\t') {
        int spaces = 8 - (col % 8);
        sb.append(" ".repeat(spaces));
        col += spaces;
      } else {
        sb.append(c);
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
      }
    }
    return sb.toString();
  }

  private static List<String> split(String text) {
    List<String> chunks = new ArrayList<>();
    Matcher m = WORDSEP.matcher(text);
    int last = 0;
    // re.split with a capturing group: keep separators and the non-empty text between them.
    while (m.find()) {
      if (m.start() > last) {
        chunks.add(text.substring(last, m.start()));
      }
      if (!m.group(1).isEmpty()) {
        chunks.add(m.group(1));
      }
      last = m.end();
      if (m.end() == m.start() && m.end() < text.length()) {
        m.region(m.end() + 1, text.length());
      }
    }
    if (last < text.length()) {
      chunks.add(text.substring(last));
    }
    return chunks;
  }

  private static List<String> wrapChunks(
      List<String> chunkList, int fullWidth, String initialIndent, String subsequentIndent) {
    List<String> lines = new ArrayList<>();
    List<String> chunks = new ArrayList<>(chunkList);
    java.util.Collections.reverse(chunks);
    while (!chunks.isEmpty()) {
      List<String> curLine = new ArrayList<>();
      int curLen = 0;
      String indent = lines.isEmpty() ? initialIndent : subsequentIndent;
      int width = fullWidth - indent.length();
      if (last(chunks).strip().isEmpty() && !lines.isEmpty()) {
        chunks.remove(chunks.size() - 1);
      }
      while (!chunks.isEmpty()) {
        int l = last(chunks).length();
        if (curLen + l <= width) {
          curLine.add(chunks.remove(chunks.size() - 1));
          curLen += l;
        } else {
          break;
        }
      }
      if (!chunks.isEmpty() && last(chunks).length() > width) {
        handleLongWord(chunks, curLine, curLen, width);
        curLen = curLine.stream().mapToInt(String::length).sum();
      }
      if (!curLine.isEmpty() && last(curLine).strip().isEmpty()) {
        curLen -= last(curLine).length();
        curLine.remove(curLine.size() - 1);
      }
      if (!curLine.isEmpty()) {
        lines.add(indent + String.join("", curLine));
      }
    }
    return lines;
  }

  private static void handleLongWord(
      List<String> reversedChunks, List<String> curLine, int curLen, int width) {
    int spaceLeft = width < 1 ? 1 : width - curLen;
    String chunk = last(reversedChunks);
    int end = spaceLeft;
    if (chunk.length() > spaceLeft) {
      int hyphen = chunk.lastIndexOf('-', spaceLeft - 1);
      if (hyphen > 0 && chunk.substring(0, hyphen).chars().anyMatch(c -> c != '-')) {
        end = hyphen + 1;
      }
    }
    curLine.add(chunk.substring(0, end));
    reversedChunks.set(reversedChunks.size() - 1, chunk.substring(end));
  }

  private static String last(List<String> list) {
    return list.get(list.size() - 1);
  }
}
