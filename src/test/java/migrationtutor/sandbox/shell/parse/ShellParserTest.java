package migrationtutor.sandbox.shell.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShellParserTest {
  private static List<String> words(String line) throws ShellSyntaxException {
    List<String> out = new ArrayList<>();
    for (SimpleCommand c : ShellParser.parse(line).commands()) {
      for (Word w : c.words()) {
        out.add(w.literalText());
      }
    }
    return out;
  }

  @Test
  void posixQuotingAndEscapes() throws Exception {
    assertEquals(List.of("echo", "a b", "c"), words("echo 'a b' c"));
    assertEquals(List.of("echo", "say \"hi\" $x"), words("echo \"say \\\"hi\\\" \\$x\""));
    assertEquals(List.of("echo", "a b"), words("echo a\\ b"));
    assertEquals(List.of("echo", "it's"), words("echo it\\'s"));
    assertEquals(List.of("echo", "a\\nb"), words("echo 'a\\nb'"));
    assertEquals(List.of("echo", "ab"), words("echo a\\\nb"));
    assertEquals(List.of("echo", "", "x"), words("echo '' x"));
    assertEquals(List.of("echo", ""), words("echo \"\""));
    assertEquals(List.of("echo", "x"), words("echo x # a comment"));
    assertEquals(List.of("echo", "a#b"), words("echo a#b"));
  }

  @Test
  void quotedWildcardsAreNotGlobs() throws Exception {
    Word plain = ShellParser.parse("ls *.py").commands().get(0).words().get(1);
    Word quoted = ShellParser.parse("ls '*.py'").commands().get(0).words().get(1);
    Word escaped = ShellParser.parse("ls \\*.py").commands().get(0).words().get(1);
    assertEquals(List.of(new Literal("*.py", false)), plain.parts());
    assertEquals(List.of(new Literal("*.py", true)), quoted.parts());
    assertEquals(List.of(new Literal("*", true), new Literal(".py", false)), escaped.parts());
  }

  @Test
  void variablesKeepTheirQuoting() throws Exception {
    Word w = ShellParser.parse("echo \"$HOME\"/x${Y}z$?").commands().get(0).words().get(1);
    assertEquals(
        List.of(
            new Variable("HOME", true),
            new Literal("/x", false),
            new Variable("Y", false),
            new Literal("z", false),
            new Variable("?", false)),
        w.parts());
    assertEquals("$", ShellParser.parse("echo $").commands().get(0).words().get(1).literalText());
  }

  @Test
  void andSemicolonsAndRedirections() throws Exception {
    CommandList list = ShellParser.parse("alembic upgrade head && echo ok > log.txt; ls >> x");
    assertEquals(3, list.commands().size());
    assertEquals(List.of(Connector.AND, Connector.THEN, Connector.END), list.connectors());
    SimpleCommand echo = list.commands().get(1);
    assertEquals(1, echo.redirects().size());
    assertFalse(echo.redirects().get(0).append());
    assertEquals("log.txt", echo.redirects().get(0).target().literalText());
    assertTrue(list.commands().get(2).redirects().get(0).append());
    assertEquals(List.of("echo", "hi"), words("echo hi>out"));
    assertEquals(List.of("echo", "hi"), words("echo hi 1>out"));
    assertEquals(1, ShellParser.parse("ls;").commands().size());
  }

  @Test
  void assignmentsBeforeTheCommand() throws Exception {
    SimpleCommand c =
        ShellParser.parse("DATABASE_URL=sqlite:///x.db alembic current").commands().get(0);
    assertEquals(1, c.assignments().size());
    assertEquals(List.of("alembic", "current"), c.words().stream().map(Word::literalText).toList());
    assertEquals(0, ShellParser.parse("echo A=b").commands().get(0).assignments().size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "cat alembic.ini | grep url => Pipes (|) are not available in the tutor's shell",
        "ls || echo no => is not available in the tutor's shell",
        "sleep 1 & => Background jobs (&) are not available",
        "sqlite3 database.db < x.sql => Input redirection (<) is not available",
        "cat << EOF => Here-documents (<<) are not available",
        "alembic upgrade head 2> err.txt => Redirecting with 2> is not available",
        "alembic upgrade head 2>&1 => Redirecting with 2>& is not available",
        "ls &> out => Redirecting with &> is not available",
        "echo $(pwd) => Command substitution ($(...) and `...`) is not available",
        "echo `pwd` => Command substitution",
        "echo \"`pwd`\" => Command substitution",
        "(cd alembic; ls) => Subshells and grouping with ( ) are not available",
        "echo ${X:-d} => Parameter operations like ${NAME:-default} are not available",
        "&& ls => syntax error near unexpected token `&&'",
        "ls ; ; ls => syntax error near unexpected token `;'",
        "ls ;; ls => syntax error near unexpected token `;;'",
        "echo > => syntax error near unexpected token `newline'",
        "echo > > x => syntax error near unexpected token `>'"
      })
  void refusedSyntaxIsNamed(String line, String message) {
    ShellSyntaxException e =
        assertThrows(ShellSyntaxException.class, () -> ShellParser.parse(line));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertFalse(e.incomplete());
  }

  @Test
  void unfinishedLinesAskForMore() {
    assertFalse(ShellParser.isComplete("echo 'abc"));
    assertFalse(ShellParser.isComplete("echo \"abc"));
    assertFalse(ShellParser.isComplete("echo abc \\"));
    assertFalse(ShellParser.isComplete("alembic upgrade head &&"));
    assertTrue(ShellParser.isComplete("echo 'abc\ndef'"));
    assertTrue(ShellParser.isComplete("ls | wc"));
    assertTrue(ShellParser.isComplete(""));
    assertEquals(List.of(), assertDoesNotThrowParse("   "));
    assertEquals(List.of(), assertDoesNotThrowParse("# only a comment"));
  }

  private static List<SimpleCommand> assertDoesNotThrowParse(String s) {
    try {
      return ShellParser.parse(s).commands();
    } catch (ShellSyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void cursorContextForCompletion() {
    CursorContext c = ShellParser.atCursor("alembic upgr", 12);
    assertEquals(List.of("alembic"), c.words());
    assertEquals("upgr", c.prefix());
    assertEquals(8, c.wordStart());
    c = ShellParser.atCursor("ls x && alembic ", 16);
    assertEquals(List.of("alembic"), c.words());
    assertEquals("", c.prefix());
    c = ShellParser.atCursor("sqlite3 database.db \".schema t", 30);
    assertEquals(".schema t", c.prefix());
    assertEquals('"', c.openQuote());
    assertEquals(20, c.wordStart());
    c = ShellParser.atCursor("echo hi > al", 12);
    assertTrue(c.afterRedirect());
    c = ShellParser.atCursor("cat my\\ fi", 10);
    assertEquals("my fi", c.prefix());
    c = ShellParser.atCursor("cat a | gr", 10);
    assertEquals(List.of(), c.words());
  }
}
