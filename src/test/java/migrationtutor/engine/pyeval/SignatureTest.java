package migrationtutor.engine.pyeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signature binds arguments with CPython 3.11's TypeError messages. */
class SignatureTest {
  private static final Signature ADD_COLUMN =
      Signature.parse("add_column(table_name, column, *, schema=None, **kw)");

  private static String error(Signature sig, Args args) {
    return assertThrows(PyException.class, () -> sig.bind(args)).exceptionLine();
  }

  private static Args args(List<PyValue> positional, Map<String, PyValue> keywords) {
    return new Args(positional, keywords);
  }

  private static PyStr s(String v) {
    return new PyStr(v);
  }

  @Test
  void bindsPositionalKeywordDefaultsAndExtras() {
    BoundArgs b = ADD_COLUMN.bind(args(List.of(s("t"), s("c")), Map.of("mysql_x", s("1"))));
    assertEquals("'t'", b.get("table_name").repr());
    assertEquals("'c'", b.get("column").repr());
    assertTrue(b.isNone("schema"));
    assertFalse(b.passed("schema"));
    assertTrue(b.passed("column"));
    assertEquals("{'mysql_x': '1'}", b.get("kw").repr());
    assertEquals("add_column(table_name, column, *, schema=None, **kw)", ADD_COLUMN.toString());
  }

  @Test
  void cpythonMessages() {
    assertEquals(
        "TypeError: add_column() missing 1 required positional argument: 'column'",
        error(ADD_COLUMN, Args.of(s("t"))));
    assertEquals(
        "TypeError: add_column() missing 2 required positional arguments: "
            + "'table_name' and 'column'",
        error(ADD_COLUMN, Args.none()));
    assertEquals(
        "TypeError: add_column() takes 2 positional arguments but 3 were given",
        error(ADD_COLUMN, Args.of(s("t"), s("c"), s("x"))));
    assertEquals(
        "TypeError: add_column() takes 2 positional arguments but 3 positional "
            + "arguments (and 1 keyword-only argument) were given",
        error(ADD_COLUMN, args(List.of(s("t"), s("c"), s("x")), Map.of("schema", s("s")))));
    assertEquals(
        "TypeError: add_column() got multiple values for argument 'table_name'",
        error(ADD_COLUMN, args(List.of(s("t"), s("c")), Map.of("table_name", s("u")))));
    Signature column = Signature.parse("Column(*args, name=None, nullable=True)");
    assertEquals(
        "TypeError: Column() got an unexpected keyword argument 'nulable'",
        error(column, args(List.of(s("x")), Map.of("nulable", PyBool.FALSE))));
    Signature three = Signature.parse("f(a, b, c, d=1)");
    assertEquals(
        "TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'",
        error(three, Args.none()));
    assertEquals(
        "TypeError: f() takes from 3 to 4 positional arguments but 5 were given",
        error(three, Args.of(s("1"), s("2"), s("3"), s("4"), s("5"))));
    Signature none = Signature.parse("g()");
    assertEquals(
        "TypeError: g() takes 0 positional arguments but 1 was given",
        error(none, Args.of(s("1"))));
    Signature kwOnly = Signature.parse("h(*, a, b)");
    assertEquals(
        "TypeError: h() missing 2 required keyword-only arguments: 'a' and 'b'",
        error(kwOnly, Args.none()));
    Signature posOnly = Signature.parse("p(a, /, b)");
    assertEquals(
        "TypeError: p() got some positional-only arguments passed as keyword " + "arguments: 'a'",
        error(posOnly, args(List.of(), Map.of("a", s("1"), "b", s("2")))));
  }

  @Test
  void builderAndDefaults() {
    Signature sig =
        Signature.builder("String")
            .optional("length", PyNone.NONE)
            .keywordOnly("collation", new PyStr("C"))
            .varKeywords("kw")
            .build();
    assertEquals("String(length=None, *, collation='C', **kw)", sig.toString());
    BoundArgs b = sig.bind(Args.of(PyInt.of(50)));
    assertEquals("50", b.get("length").repr());
    assertEquals("'C'", b.get("collation").repr());
    Signature parsed = Signature.parse("x(a=1, b=-2.5, c='s', d=True, e=(), f=[], g={})");
    assertEquals("x(a=1, b=-2.5, c='s', d=True, e=(), f=[], g={})", parsed.toString());
    assertThrows(IllegalArgumentException.class, () -> Signature.parse("bad(a=1, b)"));
    assertThrows(IllegalArgumentException.class, () -> Signature.parse("bad(a, a)"));
    assertThrows(IllegalArgumentException.class, () -> Signature.parse("nothing"));
  }

  @Test
  void nativeFunctionsBindBeforeTheBodyRuns() {
    NativeFunction f =
        NativeFunction.of(
            Signature.parse("drop_table(table_name, *, schema=None)"),
            b -> new PyStr("dropped " + b.get("table_name").str()));
    assertEquals("'dropped t'", f.call(Args.of(s("t"))).repr());
    assertEquals(
        "TypeError: drop_table() got an unexpected keyword argument 'if_exists'",
        assertThrows(
                PyException.class,
                () -> f.call(args(List.of(s("t")), Map.of("if_exists", PyBool.TRUE))))
            .exceptionLine());
  }
}
