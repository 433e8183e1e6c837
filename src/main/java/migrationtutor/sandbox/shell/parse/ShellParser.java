package migrationtutor.sandbox.shell.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The one tokeniser and parser of the tutor's shell, shared by the plain console (for running and
 * for completion) and any other front end: words with POSIX quoting, {@code NAME=value}
 * assignments, {@code >} and {@code >>}, and commands joined by {@code &&}, {@code ;} or newlines.
 * Everything else a real shell would accept is refused with a message naming it.
 */
public final class ShellParser {
  private ShellParser() {}

  /** Parses a whole command line (which may span lines joined by the console). */
  public static CommandList parse(String line) throws ShellSyntaxException {
    List<Token> tokens = new Lexer(line, false).run();
    List<SimpleCommand> commands = new ArrayList<>();
    List<Connector> connectors = new ArrayList<>();
    Builder current = new Builder();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      switch (t.type()) {
        case WORD -> current.word(t);
        case GREAT, DGREAT -> {
          Token target = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
          if (target == null || target.type() != Token.Type.WORD) {
            String near = target == null ? "newline" : target.display(line);
            throw new ShellSyntaxException(
                "syntax error near unexpected token `" + near + "'",
                target == null ? line.length() : target.start(),
                false);
          }
          current.redirect(t.type() == Token.Type.DGREAT, t, target);
          k++;
        }
        default -> {
          if (current.isEmpty()) {
            if (t.type() == Token.Type.NEWLINE) {
              continue;
            }
            throw new ShellSyntaxException(
                "syntax error near unexpected token `" + t.display(line) + "'", t.start(), false);
          }
          commands.add(current.build(line));
          connectors.add(t.type() == Token.Type.AND ? Connector.AND : Connector.THEN);
          current = new Builder();
          if (t.type() == Token.Type.AND && onlyNewlinesAfter(tokens, k)) {
            throw new ShellSyntaxException("unexpected end of input after `&&'", t.start(), true);
          }
        }
      }
    }
    if (!current.isEmpty()) {
      commands.add(current.build(line));
      connectors.add(Connector.END);
    } else if (!connectors.isEmpty()) {
      connectors.set(connectors.size() - 1, Connector.END);
    }
    return new CommandList(commands, connectors);
  }

  private static boolean onlyNewlinesAfter(List<Token> tokens, int k) {
    for (int j = k + 1; j < tokens.size(); j++) {
      if (tokens.get(j).type() != Token.Type.NEWLINE) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code line} is finished: no open quote, trailing {@code \} or {@code &&}. */
  public static boolean isComplete(String line) {
    try {
      parse(line);
      return true;
    } catch (ShellSyntaxException e) {
      return !e.incomplete();
    }
  }

  /** The command and word at {@code cursor} in a line being typed; never fails. */
  public static CursorContext atCursor(String line, int cursor) {
    String head = line.substring(0, Math.max(0, Math.min(cursor, line.length())));
    Lexer lexer = new Lexer(head, true);
    List<Token> tokens;
    try {
      tokens = lexer.run();
    } catch (ShellSyntaxException e) {
      tokens = List.of(); // lenient lexing does not throw
    }
    List<String> words = new ArrayList<>();
    boolean afterRedirect = false;
    String prefix = "";
    int wordStart = head.length();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      boolean last = k == tokens.size() - 1;
      if (t.type() == Token.Type.WORD) {
        if (last && t.end() == head.length()) {
          prefix = t.word().literalText();
          wordStart = t.start();
          break;
        }
        if (!afterRedirect && !(words.isEmpty() && isAssignment(t.word()))) {
          words.add(t.word().literalText());
        }
        afterRedirect = false;
      } else if (t.type() == Token.Type.GREAT || t.type() == Token.Type.DGREAT) {
        afterRedirect = true;
      } else {
        words.clear();
        afterRedirect = false;
      }
    }
    return new CursorContext(words, prefix, wordStart, lexer.openQuote, afterRedirect);
  }

  static boolean isAssignment(Word w) {
    return !w.parts().isEmpty()
        && w.parts().get(0) instanceof Literal l
        && !l.quoted()
        && l.text().matches("(?s)[A-Za-z_][A-Za-z0-9_]*=.*");
  }

  /** Collects one simple command's words. */
  private static final class Builder {
    final List<Word> assignments = new ArrayList<>();
    final List<Word> words = new ArrayList<>();
    final List<Redirect> redirects = new ArrayList<>();
    int start = -1;
    int end;

    void word(Token t) {
      mark(t);
      if (words.isEmpty() && isAssignment(t.word())) {
        assignments.add(t.word());
      } else {
        words.add(t.word());
      }
    }

    void redirect(boolean append, Token operator, Token target) {
      mark(operator);
      mark(target);
      redirects.add(new Redirect(append, target.word()));
    }

    private void mark(Token t) {
      if (start < 0) {
        start = t.start();
      }
      end = t.end();
    }

    boolean isEmpty() {
      return assignments.isEmpty() && words.isEmpty() && redirects.isEmpty();
    }

    SimpleCommand build(String line) {
      return new SimpleCommand(assignments, words, redirects, line.substring(start, end));
    }
  }
}
