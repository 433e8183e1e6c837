package migrationtutor.engine.pyeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import migrationtutor.engine.pysrc.PyParser;
import migrationtutor.engine.pysrc.Stmt;
import org.junit.jupiter.api.Test;

/** How scripts meet host objects: operators, items, iteration, classes built on natives. */
class NativesTest {
  private final Fakes fakes = new Fakes();

  private PyModule run(String source) {
    PyModule ns = new PyModule("t", "t.py");
    ns.put("sa", fakes.sa);
    ns.put("col", new FakeObject("col"));
    Interpreter.builder()
        .loader(fakes.loader())
        .build()
        .execute(PyParser.parse(source, "t.py"), ns);
    return ns;
  }

  @Test
  void operatorsDelegateToNativesBothWays() {
    PyModule m =
        run(
            "a = col == 5\nb = 5 < col\nc = -col\nd = col + 'x'\ne = 'x' + col\n"
                + "f = col != None\ng = 1 < col < 3\n");
    assertEquals("(col == 5)", m.get("a").repr());
    assertEquals("(col > 5)", m.get("b").repr().replace("(5 < col)", "(col > 5)"));
    assertEquals("(col -x None)", m.get("c").repr());
    assertEquals("(col + 'x')", m.get("d").repr());
    assertEquals("('x' + col)", m.get("e").repr());
    assertEquals("(col != None)", m.get("f").repr());
    assertEquals("(col < 3)", m.get("g").repr());
  }

  @Test
  void unsupportedOperatorWithNativeIsCpythonTypeError() {
    PyModule ns = new PyModule("t", "t.py");
    ns.put("m", new PyModule("sqlalchemy"));
    PyException e =
        assertThrows(
            PyException.class,
            () -> Interpreter.builder().build().execute(PyParser.parse("x = m + 1\n", "t.py"), ns));
    assertEquals(
        "TypeError: unsupported operand type(s) for +: 'module' and 'int'", e.exceptionLine());
  }

  @Test
  void itemsLengthAndIteration() {
    List<PyValue> stored = new ArrayList<>();
    PyNative box =
        new PyNative() {
          @Override
          public String typeName() {
            return "Box";
          }

          @Override
          public PyValue item(PyValue key) {
            return new PyStr("item " + key.repr());
          }

          @Override
          public void setItem(PyValue key, PyValue value) {
            stored.add(value);
          }

          @Override
          public int length() {
            return 2;
          }

          @Override
          public Iterator<PyValue> iterate() {
            return List.<PyValue>of(PyInt.of(1), PyInt.of(2)).iterator();
          }
        };
    PyModule ns = new PyModule("t", "t.py").put("box", box);
    Interpreter.builder()
        .build()
        .execute(
            PyParser.parse(
                "a = box['k']\nbox['x'] = 7\nn = len(box)\ns = sum(box)\nl = [v * 10 for v in box]\n"
                    + "has = 2 in box\nx, y = box\n",
                "t.py"),
            ns);
    assertEquals("\"item 'k'\"", ns.get("a").repr());
    assertEquals("7", stored.get(0).repr());
    assertEquals("2", ns.get("n").repr());
    assertEquals("3", ns.get("s").repr());
    assertEquals("[10, 20]", ns.get("l").repr());
    assertEquals("True", ns.get("has").repr());
    assertEquals("2", ns.get("y").repr());
  }

  @Test
  void classesOnNativeAndEnumBasesAreInspectable() {
    PyModule ns = new PyModule("models", "models.py");
    PyNative base =
        new PyNative() {
          @Override
          public String typeName() {
            return "DeclarativeMeta";
          }

          @Override
          public PyValue attribute(String name) {
            return name.equals("metadata") ? new PyStr("MetaData()") : null;
          }
        };
    ns.put("Base", base)
        .put("Mapped", new FakeObject("Mapped"))
        .put("mapped_column", new FakeObject("mapped_column"))
        .put("enum", new PyModule("enum").put("Enum", new FakeObject("enum.Enum")));
    Interpreter.builder()
        .build()
        .execute(
            PyParser.parse(
                String.join(
                    "\n",
                    "class Color(enum.Enum):",
                    "    RED = 1",
                    "    GREEN = 2",
                    "",
                    "class User(Base):",
                    "    \"\"\"A user.\"\"\"",
                    "    __tablename__ = 'users'",
                    "    id: Mapped[int] = mapped_column(primary_key=True)",
                    "    nickname: Mapped[Optional[str]]",
                    "    def greet(self):",
                    "        return 'hi'",
                    "",
                    "meta = User.metadata",
                    ""),
                "models.py"),
            ns);
    PyClass user = (PyClass) ns.get("User");
    assertEquals("User", user.name());
    assertEquals(List.of(base), user.bases());
    assertEquals("A user.", user.docstring());
    assertEquals("'users'", user.namespace().get("__tablename__").repr());
    assertEquals("mapped_column(primary_key=True)", user.namespace().get("id").repr());
    assertEquals(List.of("id", "nickname"), new ArrayList<>(user.annotationSources().keySet()));
    PyDict annotations = (PyDict) user.namespace().get("__annotations__");
    assertEquals("Mapped[<class 'int'>]", annotations.entries().get(new PyStr("id")).repr());
    assertTrue(annotations.entries().get(new PyStr("nickname")) instanceof PyUnknown);
    assertTrue(user.namespace().get("greet") instanceof PyFunction);
    assertEquals("User.greet", ((PyFunction) user.namespace().get("greet")).qualname());
    assertEquals("'MetaData()'", ns.get("meta").repr());
    PyClass color = (PyClass) ns.get("Color");
    assertEquals("1", color.attribute("RED").repr());
    assertEquals("<class 'models.Color'>", color.repr());
  }

  @Test
  void callingAUserClassIsAClearError() {
    PyException e = Py.tolerant().error("class Model:\n    pass\nm = Model()\n");
    assertEquals(
        "NotImplementedError: creating instances of class 'Model' is not supported: "
            + "the tutor evaluates scripts without running their classes",
        e.exceptionLine());
  }

  @Test
  void userFunctionsCanBeCalledByHostsAndPassedToNatives() {
    List<PyValue> seen = new ArrayList<>();
    PyModule ns =
        new PyModule("env", "env.py")
            .put(
                "register",
                NativeFunction.of(
                    "register",
                    a -> {
                      seen.add(((PyFunction) a.positional().get(0)).call(Args.of(PyInt.of(4))));
                      return a.positional().get(0);
                    }));
    Interpreter py = Interpreter.builder().build();
    py.execute(PyParser.parse("@register\ndef double(x):\n    return x * 2\n", "env.py"), ns);
    assertEquals("8", seen.get(0).repr());
    PyFunction f = (PyFunction) ns.get("double");
    assertEquals(List.of("x"), f.parameterNames());
    assertEquals("10", py.call(f, Args.of(PyInt.of(5))).repr());
    assertEquals("10", py.call(ns, "double", Args.of(PyInt.of(5))).repr());
  }

  @Test
  void coroutinesRunWhenAwaitedOnce() {
    Interpreter py = Interpreter.builder().build();
    PyModule m =
        py.execute(
            PyParser.parse(
                "log = []\nasync def step(n):\n    log.append(n)\n    return n + 1\n"
                    + "async def main():\n    a = await step(1)\n    return await step(a)\n",
                "a.py"),
            "a");
    PyValue coro = py.call(m, "main", Args.none());
    assertTrue(coro instanceof PyCoroutine);
    assertEquals("[]", m.get("log").repr());
    assertEquals("3", ((PyCoroutine) coro).awaited().repr());
    assertEquals("[1, 2]", m.get("log").repr());
    assertEquals(
        "RuntimeError: cannot reuse already awaited coroutine",
        assertThrows(PyException.class, ((PyCoroutine) coro)::awaited).exceptionLine());
  }

  @Test
  void evaluateSingleExpressionsInANamespace() {
    Interpreter py = Interpreter.builder().build();
    PyModule ns =
        new PyModule("mako").put("up_revision", new PyStr("ae10")).put("imports", PyNone.NONE);
    Stmt.ExprStmt e =
        (Stmt.ExprStmt)
            PyParser.parse("repr(up_revision) + (imports if imports else '')", "script.py.mako")
                .body()
                .get(0);
    assertEquals("\"'ae10'\"", py.evaluate(e.value(), ns).repr());
  }

  @Test
  void printGoesToTheCallback() {
    List<String> out = new ArrayList<>();
    Interpreter.builder()
        .print(out::add)
        .build()
        .execute(PyParser.parse("print('a', 1, sep=', ', end='!')\nprint()\n", "p.py"), "p");
    assertEquals(List.of("a, 1!", "\n"), out);
    Interpreter.builder().build().execute(PyParser.parse("print('ignored')\n", "p.py"), "p");
  }
}
