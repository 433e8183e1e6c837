package migrationtutor.engine.pysrc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One construct at a time, compared with a position-free S-expression dump. */
class ParserTest {
  private static String dump(String source) {
    return AstDump.module(PyParser.parse(source, "t.py"), false).trim();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "x = 1|(Assign [(Name \"x\")] (Constant INT 1))",
        "a = b = c|(Assign [(Name \"a\") (Name \"b\")] (Name \"c\"))",
        "a, *b = c|(Assign [(Tuple [(Name \"a\") (Starred (Name \"b\"))])] (Name \"c\"))",
        "x += 1|(AugAssign (Name \"x\") ADD (Constant INT 1))",
        "x //= 2|(AugAssign (Name \"x\") FLOOR_DIV (Constant INT 2))",
        "x: Optional[str] = None|(AnnAssign (Name \"x\") (Subscript (Name \"Optional\") (Name \"str\")) (Constant NONE _) true)",
        "from ..a import (b as c,)|(ImportFrom \"a\" [(Alias \"b\" \"c\")] 2)",
        "import a.b as c, d|(Import [(Alias \"a.b\" \"c\") (Alias \"d\" _)])",
        "del a[1:2], b.c|(Delete [(Subscript (Name \"a\") (Slice (Constant INT 1) (Constant INT 2) _)) (Attribute (Name \"b\") \"c\")])",
        "a[::2]|(ExprStmt (Subscript (Name \"a\") (Slice _ _ (Constant INT 2))))",
        "assert x, 'm'|(Assert (Name \"x\") (Constant STR \"m\"))",
        "raise E from e|(Raise (Name \"E\") (Name \"e\"))",
        "global a, b|(Global [\"a\" \"b\"])",
        "a < b <= c|(ExprStmt (Compare (Name \"a\") [LT LT_E] [(Name \"b\") (Name \"c\")]))",
        "a not in b is not c|(ExprStmt (Compare (Name \"a\") [NOT_IN IS_NOT] [(Name \"b\") (Name \"c\")]))",
        "not a and b or c|(ExprStmt (BoolOp OR [(BoolOp AND [(UnaryOp NOT (Name \"a\")) (Name \"b\")]) (Name \"c\")]))",
        "-a ** -b|(ExprStmt (UnaryOp USUB (BinOp (Name \"a\") POW (UnaryOp USUB (Name \"b\")))))",
        "a if b else c|(ExprStmt (IfExp (Name \"b\") (Name \"a\") (Name \"c\")))",
        "lambda x, *a, k=1, **kw: x|(ExprStmt (Lambda (Params [] [(Param \"x\" _ _)] (Param \"a\" _ _) [(Param \"k\" _ (Constant INT 1))] (Param \"kw\" _ _)) (Name \"x\")))",
        "(y := f(x))|(ExprStmt (NamedExpr (Name \"y\") (Call (Name \"f\") [(Name \"x\")] [])))",
        "f(*a, k=1, **kw)|(ExprStmt (Call (Name \"f\") [(Starred (Name \"a\"))] [(Keyword \"k\" (Constant INT 1)) (Keyword _ (Name \"kw\"))]))",
        "{**a, 'b': 1}|(ExprStmt (Dict [(DictEntry _ (Name \"a\")) (DictEntry (Constant STR \"b\") (Constant INT 1))]))",
        "{1, 2}|(ExprStmt (Set [(Constant INT 1) (Constant INT 2)]))",
        "[x for x in y if x]|(ExprStmt (ListComp (Name \"x\") [(Comprehension (Name \"x\") (Name \"y\") [(Name \"x\")] false)]))",
        "{k: v for k, v in d}|(ExprStmt (DictComp (Name \"k\") (Name \"v\") [(Comprehension (Tuple [(Name \"k\") (Name \"v\")]) (Name \"d\") [] false)]))",
        "'a' 'b' + \"c\"|(ExprStmt (BinOp (Constant STR \"ab\") ADD (Constant STR \"c\")))",
        "b'\\x41' rb'\\n'|(ExprStmt (Constant BYTES \"A\\\\n\"))",
        "f'{x!r:>{w}} {{y}}'|(ExprStmt (JoinedStr [(FormattedValue (Name \"x\") 114 (JoinedStr [(Constant STR \">\") (FormattedValue (Name \"w\") -1 _)])) (Constant STR \" {y}\")]))",
        "f'{x=}'|(ExprStmt (JoinedStr [(Constant STR \"x=\") (FormattedValue (Name \"x\") 114 _)]))",
        "x = ...|(Assign [(Name \"x\")] (Constant ELLIPSIS _))",
        "__import__('sqlalchemy').MetaData()|(ExprStmt (Call (Attribute (Call (Name \"__import__\") [(Constant STR \"sqlalchemy\")] []) \"MetaData\") [] []))",
      })
  void construct(String source, String expected) {
    assertEquals(expected, dump(source));
  }

  @Test
  void compoundStatements() {
    assertEquals(
        "(If (Name \"a\") [(Pass)] [(If (Name \"b\") [(Break)] [(Continue)])])",
        dump("if a:\n    pass\nelif b:\n    break\nelse:\n    continue\n"));
    assertEquals(
        "(Try [(Pass)] [(ExceptHandler (Name \"E\") \"e\" [(Pass)])] [(Pass)] [(Pass)] false)",
        dump("try:\n  pass\nexcept E as e:\n  pass\nelse:\n  pass\nfinally:\n  pass\n"));
    assertEquals(
        "(With [(WithItem (Name \"a\") (Name \"b\")) (WithItem (Name \"c\") _)] [(Pass)] true)",
        dump("async with (a as b, c):\n  pass\n"));
    assertEquals(
        "(FunctionDef \"f\" (Params [(Param \"a\" _ _)] [(Param \"b\" (Name \"int\") (Constant INT 1))] _ [] _) [(Name \"d\")] (Name \"int\") [(ExprStmt (Yield _))] false)",
        dump("@d\ndef f(a, /, b: int = 1) -> int:\n    yield\n"));
    assertEquals(
        "(ClassDef \"A\" [(Name \"B\")] [(Keyword \"metaclass\" (Name \"M\"))] [] [(Pass)])",
        dump("class A(B, metaclass=M): pass\n"));
    assertEquals(
        "(For (Tuple [(Name \"a\") (Name \"b\")]) (Name \"c\") [(Pass)] [(Pass)] false)",
        dump("for a, b in c:\n  pass\nelse:\n  pass\n"));
  }

  @Test
  void numberValues() {
    Expr.Constant big =
        (Expr.Constant)
            ((Stmt.ExprStmt) PyParser.parse("123456789012345678901234567890", "t.py").body().get(0))
                .value();
    assertEquals(new BigInteger("123456789012345678901234567890"), big.value());
    assertEquals("123456789012345678901234567890", big.source());
    assertEquals("(ExprStmt (Constant INT 255))", dump("0xFF"));
    assertEquals("(ExprStmt (Constant INT 1000))", dump("1_000"));
  }

  @Test
  void errorsFormatAsFileLineColumnMessage() {
    PySyntaxError e =
        org.junit.jupiter.api.Assertions.assertThrows(
            PySyntaxError.class, () -> PyParser.parse("def f():\nreturn 1\n", "env.py"));
    assertEquals(
        "env.py:2:1: expected an indented block after function definition on line 1",
        e.getMessage());
    assertEquals(e.getMessage(), e.toString());
    assertEquals(PySyntaxError.Kind.INDENTATION_ERROR, e.kind());
  }
}
