package migrationtutor.engine.pyeval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Python the evaluator does not support fails with a PyException that names it. */
class UnsupportedTest {
  private static String error(String source) {
    return Py.tolerant().errorLine(source);
  }

  @Test
  void generators() {
    assertEquals(
        "NotImplementedError: generator functions (using yield) are not supported by "
            + "the tutor's evaluator: gen() uses yield",
        error("def gen():\n    yield 1\nfor x in gen():\n    pass\n"));
  }

  @Test
  void complexNumbers() {
    assertEquals(
        "NotImplementedError: complex numbers are not supported by the tutor's " + "evaluator",
        error("x = 2j\n"));
    assertEquals(
        "NotImplementedError: a negative number raised to a fractional power gives a "
            + "complex number, which the tutor's evaluator does not support",
        error("x = (-8) ** 0.5\n"));
  }

  @Test
  void exceptStar() {
    assertEquals(
        "NotImplementedError: 'except*' is not supported by the tutor's evaluator",
        error("try:\n    pass\nexcept* ValueError:\n    pass\n"));
  }

  @Test
  void withheldBuiltinsAreNotNameErrors() {
    Py strict =
        new Py(
            Interpreter.builder()
                .policy(
                    EvalPolicy.strict(
                        Subset.REVISION_SCRIPT.allowing(Construct.values()).withModules())));
    assertEquals(
        "NotImplementedError: getattr() is not available in scripts the tutor "
            + "evaluates: attribute names must be written out (obj.name)",
        new Py(
                Interpreter.builder()
                    .policy(new EvalPolicy(null, false, UnknownTruth.FALSE_WITH_NOTE)))
            .errorLine("x = getattr(1, 'real')\n"));
    assertEquals(
        "NotImplementedError: globals.keys is not available in scripts the tutor "
            + "evaluates: the tutor does not expose namespaces as values",
        new Py(
                Interpreter.builder()
                    .policy(new EvalPolicy(null, false, UnknownTruth.FALSE_WITH_NOTE)))
            .errorLine("x = globals.keys\n"));
    assertEquals(0, strict.interpreter.notes().size());
  }

  @Test
  void unknownIterationIsNotedAtTheLoop() {
    Py py = new Py(Interpreter.builder().loader((name, level, importer) -> new PyUnknown(name)));
    PyModule m = py.run("import x\n" + "n = 0\nfor item in x.items:\n    n += 1\n");
    assertEquals("0", m.get("n").repr());
    assertEquals(
        "test.py:3:13: the tutor cannot know the elements of x.items; a loop over it "
            + "runs zero times",
        py.interpreter.notes().get(0).toString());
  }
}
