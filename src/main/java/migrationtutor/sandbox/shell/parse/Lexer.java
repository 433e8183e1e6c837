package migrationtutor.sandbox.shell.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words and operators with POSIX shell quoting: {@code '...'} keeps
 * everything, {@code "..."} keeps everything but {@code $} and the escapes {@code \" \\ \$ \`}, and
 * {@code \} outside quotes keeps the next character ({@code \}-newline joins lines). Quoting is
 * remembered per piece so that a quoted {@code *} is not a glob.
 *
 * <p>Strict lexing throws for syntax the tutor's shell does not offer; lenient lexing (for
 * completion, on a line being typed) never throws and records an open quote at the end.
 */
final class Lexer {
  private final String s;
  private final boolean lenient;
  private final List<Token> out = new ArrayList<>();
  private int i;

  /** The quote still open at the end of the line (lenient lexing), or 0. */
  char openQuote;

  // The word being built.
  private final List<WordPart> parts = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private boolean textQuoted;
  private boolean inWord;
  private int wordStart;

  Lexer(String s, boolean lenient) {
    this.s = s;
    this.lenient = lenient;
  }

  List<Token> run() throws ShellSyntaxException {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r') {
        endWord();
        i++;
      } else if (c == '\n') {
        endWord();
        out.add(new Token(Token.Type.NEWLINE, null, i, i + 1));
        i++;
      } else if (c == '#' && !inWord) {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (isOperatorChar(c)) {
        operator();
      } else {
        wordChar(c);
      }
    }
    endWord();
    return out;
  }

  private static boolean isOperatorChar(char c) {
    return c == '&' || c == '|' || c == ';' || c == '<' || c == '>' || c == '(' || c == ')';
  }

  private void wordChar(char c) throws ShellSyntaxException {
    startWord();
    switch (c) {
      case '\\' -> {
        if (i + 1 >= s.length()) {
          if (!lenient) {
            throw new ShellSyntaxException("unexpected end of input after \\", i, true);
          }
          i++;
        } else if (s.charAt(i + 1) == '\n') {
          i += 2;
        } else {
          append(s.charAt(i + 1), true);
          i += 2;
        }
      }
      case '\'' -> singleQuoted();
      case '"' -> doubleQuoted();
      case '$' -> dollar(false);
      case '`' -> unsupported(Unsupported.COMMAND_SUBSTITUTION, i, i + 1);
      default -> {
        append(c, false);
        i++;
      }
    }
  }

  private void singleQuoted() throws ShellSyntaxException {
    int open = i++;
    flush();
    int close = s.indexOf('\'', i);
    if (close < 0) {
      unclosed('\'', open);
      appendAll(s.substring(i), true);
      i = s.length();
      return;
    }
    quotedSegment(s.substring(i, close));
    i = close + 1;
  }

  private void doubleQuoted() throws ShellSyntaxException {
    int open = i++;
    flush();
    int partsBefore = parts.size();
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        i++;
        if (text.length() == 0 && parts.size() == partsBefore) {
          parts.add(new Literal("", true)); // "" is an empty argument, not nothing
        }
        flush();
        return;
      }
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(i + 1);
        if (n == '\n') {
          i += 2;
          continue;
        }
        if (n == '"' || n == '\\' || n == '$' || n == '`') {
          append(n, true);
          i += 2;
          continue;
        }
      }
      if (c == '$') {
        dollar(true);
      } else if (c == '`') {
        unsupported(Unsupported.COMMAND_SUBSTITUTION, i, i + 1);
      } else {
        append(c, true);
        i++;
      }
    }
    unclosed('"', open);
  }

  private void unclosed(char quote, int at) throws ShellSyntaxException {
    if (!lenient) {
      throw new ShellSyntaxException(
          "unexpected end of input while looking for matching `" + quote + "'", at, true);
    }
    openQuote = quote;
  }

  /** {@code $NAME}, {@code ${NAME}}, {@code $?} and the like; a lone {@code $} is literal. */
  private void dollar(boolean quoted) throws ShellSyntaxException {
    int start = i;
    if (i + 1 >= s.length()) {
      append('$', quoted);
      i++;
      return;
    }
    char n = s.charAt(i + 1);
    if (n == '(') {
      unsupported(Unsupported.COMMAND_SUBSTITUTION, start, start + 2);
    } else if (n == '{') {
      int close = s.indexOf('}', i + 2);
      if (close < 0) {
        if (!lenient) {
          throw new ShellSyntaxException(
              "unexpected end of input while looking for `}'", start, true);
        }
        i = s.length();
        return;
      }
      String name = s.substring(i + 2, close);
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*|[0-9?$#@*!-]")) {
        if (name.matches("#?[A-Za-z_][A-Za-z0-9_]*[:#%/^,@].*|#[A-Za-z_][A-Za-z0-9_]*")) {
          unsupported(Unsupported.PARAMETER_OPERATION, start, close + 1);
        }
        if (!lenient) {
          throw new ShellSyntaxException(
              s.substring(start, close + 1) + ": bad substitution", start, false);
        }
      }
      variable(name, quoted);
      i = close + 1;
    } else if (Character.isLetter(n) && n < 128 || n == '_') {
      int j = i + 1;
      while (j < s.length() && (isNameChar(s.charAt(j)))) {
        j++;
      }
      variable(s.substring(i + 1, j), quoted);
      i = j;
    } else if ("?$#@*!-0123456789".indexOf(n) >= 0) {
      variable(String.valueOf(n), quoted);
      i += 2;
    } else {
      append('$', quoted);
      i++;
    }
  }

  private static boolean isNameChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }

  private void variable(String name, boolean quoted) {
    flush();
    parts.add(new Variable(name, quoted));
  }

  /** The text of '...': an empty pair is still an (empty) argument. */
  private void quotedSegment(String content) {
    if (content.isEmpty()) {
      parts.add(new Literal("", true));
    } else {
      appendAll(content, true);
      flush();
    }
  }

  private void operator() throws ShellSyntaxException {
    char c = s.charAt(i);
    char n = i + 1 < s.length() ? s.charAt(i + 1) : 0;
    int start = i;
    // "2>" and friends: a word of digits glued to a redirection names a file descriptor.
    String fd = digitsWord();
    if (fd != null && (c == '>' || c == '<')) {
      String op = fd + c + (n == '>' || n == '&' ? String.valueOf(n) : "");
      if (fd.equals("1") && c == '>' && n != '&') {
        discardWord();
      } else {
        discardWord();
        unsupported(
            c == '<' ? Unsupported.INPUT : Unsupported.otherRedirect(op),
            start,
            start + op.length() - fd.length());
        return;
      }
    }
    endWord();
    switch (c) {
      case '&' -> {
        if (n == '&') {
          add(Token.Type.AND, 2);
        } else if (n == '>') {
          unsupported(Unsupported.otherRedirect("&>"), start, start + 2);
        } else {
          unsupported(Unsupported.BACKGROUND, start, start + 1);
        }
      }
      case '|' -> {
        if (n == '|') {
          unsupported(Unsupported.OR, start, start + 2);
        } else {
          unsupported(Unsupported.PIPE, start, start + 1);
        }
      }
      case ';' -> {
        if (n == ';') {
          syntaxError(";;", start);
        }
        add(Token.Type.SEMI, 1);
      }
      case '>' -> {
        if (n == '>') {
          add(Token.Type.DGREAT, 2);
        } else if (n == '&' || n == '|') {
          unsupported(Unsupported.otherRedirect(">" + n), start, start + 2);
        } else {
          add(Token.Type.GREAT, 1);
        }
      }
      case '<' ->
          unsupported(
              n == '<' ? Unsupported.HEREDOC : Unsupported.INPUT,
              start,
              start + (n == '<' ? 2 : 1));
      default -> unsupported(Unsupported.SUBSHELL, start, start + 1);
    }
  }

  /** The current word's text if it is only unquoted digits (a file descriptor number). */
  private String digitsWord() {
    if (!inWord || !parts.isEmpty() || textQuoted || text.length() == 0) {
      return null;
    }
    return text.toString().matches("[0-9]+") ? text.toString() : null;
  }

  private void discardWord() {
    parts.clear();
    text.setLength(0);
    textQuoted = false;
    inWord = false;
  }

  private void syntaxError(String token, int at) throws ShellSyntaxException {
    if (!lenient) {
      throw new ShellSyntaxException(
          "syntax error near unexpected token `" + token + "'", at, false);
    }
  }

  private void unsupported(String message, int start, int end) throws ShellSyntaxException {
    if (!lenient) {
      throw new ShellSyntaxException(message, start, false);
    }
    endWord();
    out.add(new Token(Token.Type.OTHER, null, start, end));
    i = end;
  }

  private void add(Token.Type type, int length) {
    out.add(new Token(type, null, i, i + length));
    i += length;
  }

  private void startWord() {
    if (!inWord) {
      inWord = true;
      wordStart = i;
    }
  }

  private void append(char c, boolean quoted) {
    if (text.length() > 0 && quoted != textQuoted) {
      flush();
    }
    textQuoted = quoted;
    text.append(c);
  }

  private void appendAll(String chars, boolean quoted) {
    for (int k = 0; k < chars.length(); k++) {
      append(chars.charAt(k), quoted);
    }
  }

  private void flush() {
    if (text.length() > 0) {
      parts.add(new Literal(text.toString(), textQuoted));
    }
    text.setLength(0);
    textQuoted = false;
  }

  private void endWord() {
    if (!inWord) {
      return;
    }
    flush();
    out.add(new Token(Token.Type.WORD, new Word(parts, wordStart, i), wordStart, i));
    parts.clear();
    inWord = false;
  }
}
