package migrationtutor.engine.pyeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import migrationtutor.engine.pysrc.PyParser;
import org.junit.jupiter.api.Test;

/** Every exception leaving the interpreter says where: file, innermost span, function. */
class ErrorLocationTest {
  private static PyException raised(String source) {
    Interpreter py = Interpreter.builder().build();
    return assertThrows(
        PyException.class, () -> py.execute(PyParser.parse(source, "versions/abc.py"), "abc"));
  }

  private static String where(PyException e) {
    return e.file() + ":" + e.span() + " in " + e.function() + ": " + e.exceptionLine();
  }

  @Test
  void nameErrorInsideAFunction() {
    assertEquals(
        "versions/abc.py:3:19-3:21 in upgrade: NameError: name 'sa' is not defined",
        where(raised("def upgrade():\n    x = 1\n    op = [x, 'a', sa.Column('x')]\nupgrade()\n")));
  }

  @Test
  void innermostFunctionWins() {
    assertEquals(
        "versions/abc.py:2:12-2:19 in helper: "
            + "TypeError: can only concatenate str (not \"int\") to str",
        where(
            raised(
                "def helper(n):\n    return 'n' + n\ndef upgrade():\n    helper(1)\n"
                    + "upgrade()\n")));
  }

  @Test
  void statementLevelErrorsUseTheStatement() {
    assertEquals(
        "versions/abc.py:2:1-2:15 in <module>: "
            + "ValueError: too many values to unpack (expected 2)",
        where(raised("x = 1\na, b = 1, 2, 3\n")));
    assertEquals(
        "versions/abc.py:1:1-1:18 in <module>: "
            + "ModuleNotFoundError: No module named 'sqlalchemy'",
        where(raised("import sqlalchemy\n")));
    assertEquals(
        "versions/abc.py:2:5-2:34 in f: ValueError: bad value",
        where(raised("def f():\n    raise ValueError('bad value')\nf()\n")));
  }

  @Test
  void comprehensionsAndLambdasNameTheirScopes() {
    assertEquals(
        "versions/abc.py:1:6-1:13 in <listcomp>: KeyError: 'x'",
        where(raised("y = [{}['x'] for i in [1]]\n")));
    assertEquals(
        "versions/abc.py:1:15-1:20 in <lambda>: ZeroDivisionError: division by zero",
        where(raised("f = lambda a: a / 0\nf(1)\n")));
  }

  @Test
  void reRaisedExceptionsKeepTheirOrigin() {
    assertEquals(
        "versions/abc.py:2:5-2:10 in <module>: IndexError: list index out of range",
        where(raised("try:\n    [][0]\nexcept IndexError:\n    raise\n")));
  }

  @Test
  void commonMessagesReadAsCpython() {
    assertEquals("KeyError: 'x'", raised("d = {}\nd['x']\n").exceptionLine());
    assertEquals("IndexError: list index out of range", raised("[1][3]\n").exceptionLine());
    assertEquals("ZeroDivisionError: division by zero", raised("1 / 0\n").exceptionLine());
    assertEquals(
        "TypeError: f() takes 2 positional arguments but 3 were given",
        raised("def f(a, b):\n    pass\nf(1, 2, 3)\n").exceptionLine());
    assertEquals(
        "TypeError: f() got an unexpected keyword argument 'nulable'",
        raised("def f(nullable=True):\n    pass\nf(nulable=False)\n").exceptionLine());
    assertEquals(
        "AttributeError: 'NoneType' object has no attribute 'x'",
        raised("None.x\n").exceptionLine());
    assertEquals(
        "ImportError: cannot import name 'nope' from '__future__' (unknown location)",
        raised("from __future__ import nope\n").exceptionLine());
  }
}
