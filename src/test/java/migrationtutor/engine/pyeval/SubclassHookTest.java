package migrationtutor.engine.pyeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.pysrc.PyParser;
import org.junit.jupiter.api.Test;

/** A native base class learns of the classes derived from it, like a metaclass would. */
class SubclassHookTest {
  /** A base that records what it saw, and what the class namespace held at that moment. */
  static final class RecordingBase implements SubclassHook {
    final List<String> seen = new ArrayList<>();

    @Override
    public void subclassCreated(PyClass cls) {
      PyValue table = cls.namespace().get("__tablename__");
      seen.add(cls.name() + (table == null ? "" : "=" + table.str()));
      if (cls.name().equals("Bad")) {
        throw new PyException("sqlalchemy.exc.ArgumentError", "no primary key for Bad");
      }
      cls.setAttribute("mapped", PyBool.TRUE);
    }

    @Override
    public String typeName() {
      return "DeclarativeMeta";
    }
  }

  private PyModule run(RecordingBase base, String source) {
    PyModule ns = new PyModule("models", "/p/models.py");
    ns.put("Base", base);
    ns.put("Other", new RecordingBase());
    Interpreter.builder().build().execute(PyParser.parse(source, "/p/models.py"), ns);
    return ns;
  }

  @Test
  void directAndIndirectSubclassesAreReportedOnceBeforeDecorators() {
    RecordingBase base = new RecordingBase();
    PyModule ns =
        run(
            base,
            String.join(
                "\n",
                "order = []",
                "def deco(cls):",
                "    order.append(cls.mapped)",
                "    return cls",
                "class Mixin:",
                "    pass",
                "class A(Base):",
                "    __tablename__ = 'a'",
                "@deco",
                "class B(Mixin, A):",
                "    __tablename__ = 'b'",
                "class C(A, B):",
                "    pass",
                "class Plain(Mixin):",
                "    pass",
                ""));
    assertEquals(List.of("A=a", "B=b", "C"), base.seen);
    assertEquals("[True]", ns.get("order").repr());
    assertEquals("True", ((PyClass) ns.get("C")).attribute("mapped").repr());
  }

  @Test
  void everyDistinctHookIsToldInBaseOrder() {
    RecordingBase base = new RecordingBase();
    PyModule ns = run(base, "class A(Base, Other):\n    pass\n");
    RecordingBase other = (RecordingBase) ns.get("Other");
    assertEquals(List.of("A"), base.seen);
    assertEquals(List.of("A"), other.seen);
  }

  @Test
  void anErrorFromTheHookIsRaisedByTheClassStatement() {
    RecordingBase base = new RecordingBase();
    PyException e =
        assertThrows(PyException.class, () -> run(base, "x = 1\nclass Bad(Base):\n    pass\n"));
    assertEquals("sqlalchemy.exc.ArgumentError: no primary key for Bad", e.exceptionLine());
  }

  @Test
  void classesKnowTheirFileAndCreationOrder() {
    PyModule ns = run(new RecordingBase(), "class A:\n    pass\nclass B(A):\n    pass\n");
    PyClass a = (PyClass) ns.get("A");
    PyClass b = (PyClass) ns.get("B");
    assertEquals("/p/models.py", a.file());
    assertTrue(a.creationOrder() < b.creationOrder());
    assertSame(a, b.bases().get(0));
  }
}
