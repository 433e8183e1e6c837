package migrationtutor.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IniFileTest {
  private static IniFile parse(String text) {
    return IniFile.parse(text, "alembic.ini", Map.of("here", "/proj"));
  }

  @Test
  void keysAreLowercasedAndValuesStripped() {
    IniFile ini =
        parse("[alembic]\nScript_Location =  alembic  \nsqlalchemy.url: sqlite:///x.db\n");
    assertEquals("alembic", ini.get("alembic", "script_location").orElseThrow());
    assertEquals("sqlite:///x.db", ini.get("alembic", "SQLALCHEMY.URL").orElseThrow());
  }

  @Test
  void inlineCommentsStayInTheValueAsInPython() {
    IniFile ini = parse("[alembic]\nversion_path_separator = os  # Use os.pathsep.\n");
    assertEquals("os  # Use os.pathsep.", ini.get("alembic", "version_path_separator").get());
  }

  @Test
  void hereIsInterpolatedAndDoublePercentUnescaped() {
    IniFile ini = parse("[alembic]\nscript_location = %(here)s/alembic\nt = %%(rev)s\n");
    assertEquals("/proj/alembic", ini.get("alembic", "script_location").get());
    assertEquals("%(rev)s", ini.get("alembic", "t").get());
  }

  @Test
  void continuationLinesJoinWithNewlines() {
    IniFile ini = parse("[s]\nkey = first\n  second\n\n  third\nother = x\n");
    assertEquals("first\nsecond\n\nthird", ini.get("s", "key").get());
  }

  @Test
  void commentLinesAndMissingOptions() {
    IniFile ini = parse("# top\n[s]\n; note\na = 1\n");
    assertFalse(ini.get("s", "b").isPresent());
    assertFalse(ini.hasSection("t"));
  }

  @Test
  void duplicateOptionIsRejectedWithConfigparsersMessage() {
    IniSyntaxError e = assertThrows(IniSyntaxError.class, () -> parse("[s]\na = 1\na = 2\n"));
    assertEquals("configparser.DuplicateOptionError", e.pythonException());
    assertEquals(
        "While reading from 'alembic.ini' [line  3]: option 'a' in section 's' already" + " exists",
        e.getMessage());
  }

  @Test
  void garbageLineIsAParsingError() {
    IniSyntaxError e = assertThrows(IniSyntaxError.class, () -> parse("[s]\njust words\n"));
    assertEquals(
        "Source contains parsing errors: 'alembic.ini'\n\t[line  2]: 'just words\\n'",
        e.getMessage());
  }

  @Test
  void noSectionHeader() {
    IniSyntaxError e = assertThrows(IniSyntaxError.class, () -> parse("a = 1\n"));
    assertEquals("configparser.MissingSectionHeaderError", e.pythonException());
  }

  @Test
  void badInterpolationFailsOnRead() {
    IniFile ini = parse("[s]\nurl = 100%\n");
    IniSyntaxError e = assertThrows(IniSyntaxError.class, () -> ini.get("s", "url"));
    assertEquals("'%' must be followed by '%' or '(', found: '%'", e.getMessage());
  }
}
