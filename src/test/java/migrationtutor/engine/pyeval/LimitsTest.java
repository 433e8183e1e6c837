package migrationtutor.engine.pyeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pathological scripts end quickly with clear errors instead of hanging or exhausting memory. */
class LimitsTest {
  private static final Duration QUICKLY = Duration.ofSeconds(10);

  private static PyException pyError(String source) {
    return assertTimeoutPreemptively(QUICKLY, () -> Py.tolerant().error(source));
  }

  @Test
  void infiniteLoopRunsOutOfSteps() {
    EvalLimitError e =
        assertTimeoutPreemptively(
            QUICKLY,
            () ->
                assertThrows(
                    EvalLimitError.class,
                    () -> Py.tolerant().run("x = 0\nwhile True:\n    x += 1\n")));
    assertEquals(
        "the script did not finish after 2000000 steps; is there a loop that never " + "ends?",
        e.getMessage());
    assertEquals("test.py", e.file());
    assertEquals("<module>", e.function());
    assertTrue(e.span().line() >= 2);
  }

  @Test
  void stepBudgetCannotBeCaughtByTheScript() {
    assertTimeoutPreemptively(
        QUICKLY,
        () ->
            assertThrows(
                EvalLimitError.class,
                () ->
                    Py.tolerant()
                        .run(
                            "while True:\n    try:\n        pass\n    except:\n        pass\n"
                                + "    finally:\n        pass\n")));
  }

  @Test
  void stepBudgetIsConfigurable() {
    EvalLimitError e =
        assertThrows(
            EvalLimitError.class,
            () ->
                Py.with(Limits.DEFAULT.withMaxSteps(1000))
                    .run("for i in range(10**6):\n    pass\n"));
    assertTrue(e.getMessage().contains("after 1000 steps"));
  }

  @Test
  void budgetIsPerRun() {
    Py py = Py.with(Limits.DEFAULT.withMaxSteps(5000));
    PyModule m = py.run("def f():\n    for i in range(500):\n        pass\n");
    for (int i = 0; i < 20; i++) {
      py.interpreter.call(m, "f", Args.none());
    }
  }

  @Test
  void deepRecursionIsARecursionError() {
    PyException e = pyError("def f(n):\n    return f(n + 1)\nf(0)\n");
    assertEquals("RecursionError: maximum recursion depth exceeded", e.exceptionLine());
    assertEquals("f", e.function());
    PyModule m =
        assertTimeoutPreemptively(
            QUICKLY,
            () ->
                Py.tolerant()
                    .run(
                        "def f():\n    return f()\ntry:\n    f()\nexcept RecursionError as e:\n    msg = str(e)\n"));
    assertEquals("'maximum recursion depth exceeded'", m.get("msg").repr());
  }

  @Test
  void recursionThroughLambdasAndComprehensions() {
    assertEquals(
        "RecursionError: maximum recursion depth exceeded",
        pyError("f = lambda: [f() for _ in [1]]\nf()\n").exceptionLine());
  }

  @Test
  void hugeRepetitionsAreMemoryErrors() {
    for (String src :
        new String[] {
          "x = 'x' * 10**12",
          "x = [0] * 10**10",
          "x = (1, 2) * 10**9",
          "x = list(range(10**9))",
          "x = 'ab'.center(10**11)",
          "x = 'x' * 10**7 + 'y'"
        }) {
      PyException e = pyError(src);
      assertEquals("MemoryError", e.pythonType(), src + " -> " + e.exceptionLine());
      assertTrue(
          e.getMessage().contains("the tutor's evaluator stops at 10000000 to protect " + "memory"),
          e.getMessage());
    }
  }

  @Test
  void growingDataHitsTheSizeCap() {
    // A smaller cap keeps the test light; the default cap behaves the same at 10 million.
    Limits small = Limits.DEFAULT.withMaxSize(100_000);
    for (String src :
        new String[] {
          "s = 'a'\nwhile True:\n    s += s",
          "l = [1]\nwhile True:\n    l = l + l",
          "l = [1]\nwhile True:\n    l.extend(l)",
          "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1"
        }) {
      PyException e = assertTimeoutPreemptively(QUICKLY, () -> Py.with(small).error(src));
      assertEquals("MemoryError", e.pythonType(), src + " -> " + e.exceptionLine());
    }
  }

  @Test
  void hugeIntegersFailAtOnce() {
    PyException e = pyError("x = 10 ** 10 ** 10");
    assertEquals(
        "MemoryError: the result would be an integer of more than 1000000 bits; the "
            + "tutor's evaluator stops there to stay fast",
        e.exceptionLine());
    assertEquals("MemoryError", pyError("x = 2\nwhile True:\n    x = x * x").pythonType());
    assertEquals("MemoryError", pyError("x = 1 << 10**9").pythonType());
    assertEquals(
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
            + "use sys.set_int_max_str_digits() to increase the limit",
        pyError("s = str(10 ** 5000)").exceptionLine());
  }

  @Test
  void selfReferentialAndDeeplyNestedContainers() {
    Py py = Py.tolerant();
    PyModule m = py.run("a = [1]\na.append(a)\nd = {}\nd['me'] = d\nr = repr(a) + repr(d)\n");
    assertEquals("\"[1, [...]]{'me': {...}}\"", m.get("r").repr());
    PyException e = pyError("a = []\nfor i in range(100000):\n    a = [a]\ns = repr(a)\n");
    assertEquals("RecursionError", e.pythonType());
    e = pyError("a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\nx = a == b\n");
    assertEquals("RecursionError", e.pythonType());
  }

  @Test
  void wideDataStaysWithinBudget() {
    assertTimeoutPreemptively(
        QUICKLY,
        () ->
            assertThrows(
                EvalLimitError.class,
                () -> Py.tolerant().run("x = 'y' * 10**6\nwhile True:\n    z = x.upper()\n")));
    assertTimeoutPreemptively(
        QUICKLY,
        () ->
            assertThrows(
                EvalLimitError.class,
                () -> Py.tolerant().run("x = 'y' * 10**6\nwhile True:\n    z = x[5]\n")));
    for (String loop :
        new String[] {
          "l.count(1)",
          "l.index(0, -1)",
          "l == m",
          "repr(l)",
          "len(s)",
          "s < s + 'x'",
          "1 in l",
          "t.count(1)"
        }) {
      assertTimeoutPreemptively(
          QUICKLY,
          () ->
              assertThrows(
                  EvalLimitError.class,
                  () ->
                      Py.tolerant()
                          .run(
                              "l = [0] * 10**5\nm = [0] * 10**5\nt = tuple(l)\ns = 'x' * 10**5\n"
                                  + "while True:\n    z = "
                                  + loop
                                  + "\n")),
          loop);
    }
  }

  @Test
  void callDepthIsConfigurable() {
    Py py = Py.with(Limits.DEFAULT.withMaxCallDepth(10));
    PyModule m = py.run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nok = f(9)\n");
    assertEquals("9", m.get("ok").repr());
    assertEquals("RecursionError", py.error("def f(n):\n    return f(n)\nf(20)\n").pythonType());
  }

  @Test
  void ordinaryGrowthIsLinearNotQuadratic() {
    // 30,000 appends, dict stores, index reads and joins cost steps linearly (quadratic
    // charging would need about 28 million steps).
    PyModule m =
        assertTimeoutPreemptively(
            QUICKLY,
            () ->
                Py.tolerant()
                    .run(
                        String.join(
                            "\n",
                            "l = []",
                            "d = {}",
                            "s = 'x' * 30000",
                            "n = 0",
                            "for i in range(30000):",
                            "    l.append(i)",
                            "    d[i] = s[i]",
                            "    n += len(s)",
                            "t = ''.join(d.values())",
                            "c = [v for v in l if v % 2]",
                            "")));
    assertEquals(30000, m.get("t").str().length());
    assertEquals(15000, ((PyList) m.get("c")).items().size());
  }
}
