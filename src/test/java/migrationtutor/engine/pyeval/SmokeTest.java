package migrationtutor.engine.pyeval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void basics() {
    Py py = Py.tolerant();
    assertEquals("3", py.repr("1 + 2"));
    assertEquals("'ab'", py.repr("'a' + 'b'"));
    assertEquals("[1, 2, 3]", py.repr("[x for x in range(1, 4)]"));
    PyModule m = py.run("def f(a, b=2):\n    return a * b\nx = f(3)\n");
    assertEquals("6", m.get("x").repr());
  }
}
