package migrationtutor.ui.console;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.sandbox.shell.parse.CursorContext;
import migrationtutor.sandbox.shell.parse.ShellParser;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of the shell's own tokeniser ({@link ShellParser}): an unfinished line (open quote,
 * trailing {@code \} or {@code &&}) continues on the next line, and completion replaces the word at
 * the cursor, quoting the candidate the way the word was quoted.
 */
final class JLineParser implements Parser {
  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) throws EOFError {
    if (context == ParseContext.ACCEPT_LINE && !ShellParser.isComplete(line)) {
      throw new EOFError(-1, cursor, "the line is not finished");
    }
    return new Parsed(line, cursor, ShellParser.atCursor(line, cursor));
  }

  /** A line as completion sees it. */
  private record Parsed(String line, int cursor, CursorContext at) implements CompletingParsedLine {
    @Override
    public String word() {
      return at.prefix();
    }

    @Override
    public int wordCursor() {
      return at.prefix().length();
    }

    @Override
    public int wordIndex() {
      return at.words().size();
    }

    @Override
    public List<String> words() {
      List<String> all = new ArrayList<>(at.words());
      all.add(at.prefix());
      return all;
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return Quoting.escape(candidate.toString(), at.openQuote(), complete);
    }

    @Override
    public int rawWordCursor() {
      return cursor - at.wordStart();
    }

    @Override
    public int rawWordLength() {
      return cursor - at.wordStart();
    }
  }
}
