package migrationtutor.engine.pysrc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer on its own: indentation, continuation, strings, numbers and comments. */
class LexerTest {
  private static String tokens(String source) {
    List<Comment> comments = new ArrayList<>();
    Lexer lexer = new Lexer(new SourceText("t.py", source), comments);
    List<String> out = new ArrayList<>();
    for (Token t = lexer.next(); t.kind() != TokenKind.ENDMARKER; t = lexer.next()) {
      out.add(
          switch (t.kind()) {
            case NEWLINE, INDENT, DEDENT -> t.kind().name();
            default -> t.text();
          });
    }
    return String.join(" ", out);
  }

  @Test
  void indentationBlankLinesAndComments() {
    assertEquals(
        "if x : NEWLINE INDENT a NEWLINE b NEWLINE DEDENT c NEWLINE",
        tokens("if x:\n    a\n\n  # note\n    b\nc\n"));
  }

  @Test
  void tabsCountToTheNextMultipleOfEight() {
    assertEquals(
        "if x : NEWLINE INDENT if y : NEWLINE INDENT p NEWLINE DEDENT DEDENT",
        tokens("if x:\n\tif y:\n\t        p\n"));
  }

  @Test
  void bracketsAndBackslashesJoinLines() {
    assertEquals("x = ( 1 , 2 ) + 3 NEWLINE", tokens("x = (1,\n  2) + \\\n 3\n"));
  }

  @Test
  void lineEndingsBomAndMissingFinalNewline() {
    assertEquals("a NEWLINE b NEWLINE c NEWLINE", tokens("\uFEFFa\r\nb\rc"));
  }

  @Test
  void stringsKeepTheirPrefixesAndQuotes() {
    assertEquals(
        "x = rb'\\n' f\"{a}\" '''a\nb''' u'' NEWLINE",
        tokens("x = rb'\\n' f\"{a}\" '''a\nb''' u''\n"));
  }

  @Test
  void numbersAndOperators() {
    assertEquals(
        "0x_ff 1_000.5e-3j .5 5. 0o17 0b1 **= //= -> := ... @= NEWLINE",
        tokens("0x_ff 1_000.5e-3j .5 5. 0o17 0b1 **= //= -> := ... @=\n"));
  }

  @Test
  void commentsAreRecordedWithPositions() {
    List<Comment> comments = new ArrayList<>();
    Lexer lexer = new Lexer(new SourceText("t.py", "x = 1  # one\n    # two\n"), comments);
    while (lexer.next().kind() != TokenKind.ENDMARKER) {
      // drain
    }
    assertEquals(List.of(new Comment(1, 8, "# one"), new Comment(2, 5, "# two")), comments);
  }
}
