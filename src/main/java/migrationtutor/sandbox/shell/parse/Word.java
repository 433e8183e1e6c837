package migrationtutor.sandbox.shell.parse;

import java.util.List;

/**
 * One word of a command line before expansion.
 *
 * @param parts its pieces in order
 * @param start the offset of its first character in the line
 * @param end the offset after its last character
 */
public record Word(List<WordPart> parts, int start, int end) {
  public Word {
    parts = List.copyOf(parts);
  }

  /** The word's text with quotes removed and variables left as {@code $NAME}. */
  public String literalText() {
    StringBuilder b = new StringBuilder();
    for (WordPart p : parts) {
      if (p instanceof Literal l) {
        b.append(l.text());
      } else if (p instanceof Variable v) {
        b.append('$').append(v.name());
      }
    }
    return b.toString();
  }
}
