package migrationtutor.engine.pyeval;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import migrationtutor.engine.pysrc.Module;
import migrationtutor.engine.pysrc.PyParser;
import migrationtutor.engine.pysrc.PySyntaxError;
import org.junit.jupiter.api.Test;

/**
 * Throws mutated and random programs at the interpreter: only PyException, EvalLimitError and
 * SubsetError may leave it, never a SystemError (an evaluator bug) or another Java exception.
 */
class GarbageTest {
  private static final String[] FRAGMENTS = {
    "0",
    "-1",
    "10**30",
    "1.5",
    "float('nan')",
    "''",
    "'x'",
    "None",
    "True",
    "[]",
    "[1, 'a']",
    "()",
    "(1,)",
    "{}",
    "{'k': 1}",
    "{1, 2}",
    "range(3)",
    "len",
    "print",
    "str",
    "int",
    "lambda x: x",
    "op",
    "sa",
    "x",
    "y",
    "f",
    "ValueError",
    "Exception",
    "...",
    "b'x'",
    "2**-1",
    "-0.0",
    "[[]]",
    "{'a': []}",
    "f'{x}'",
    "'%s'",
    "sorted",
    "dict",
    "zip",
    "getattr",
    "open",
    "mystery"
  };
  private static final String[] OPERATORS = {
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "==", "!=", "<", "<=", ">",
    ">=", "in", "not in", "is", "is not", "and", "or", "@"
  };
  private static final String[] TEMPLATES = {
    "x = %s",
    "y = %s %s %s",
    "print(%s)",
    "x = %s[%s]",
    "x = %s[%s:%s]",
    "f = %s(%s)",
    "x = %s.%s",
    "x, y = %s",
    "x += %s",
    "del x",
    "assert %s",
    "raise %s",
    "for x in %s:\n    y = x",
    "while %s:\n    break",
    "if %s:\n    x = 1\nelse:\n    x = 2",
    "try:\n    x = %s\nexcept %s:\n    pass",
    "with %s as x:\n    pass",
    "def f(a=%s, *b, **c):\n    return a %s b",
    "x = [%s for x in %s]",
    "x = {%s: %s}",
    "x = %s(*%s)",
    "x = %s(**%s)",
    "class C(%s):\n    z = %s",
    "import %s",
    "from %s import %s",
    "x = %s if %s else %s",
    "x = '%%s' %% %s",
    "x = '{}'.format(%s)",
    "x = f'{%s:%s}'",
    "x = %s.%s(%s)"
  };
  private static final String[] NAMES = {
    "upper",
    "split",
    "append",
    "keys",
    "items",
    "get",
    "join",
    "format",
    "pop",
    "sort",
    "c",
    "add_column",
    "__class__",
    "real",
    "nope"
  };

  private static void runSafely(String source, Interpreter py) {
    Module m;
    try {
      m = PyParser.parse(source, "garbage.py");
    } catch (PySyntaxError e) {
      return;
    }
    try {
      py.execute(m, "garbage");
    } catch (PyException e) {
      assertNotEquals("SystemError", e.pythonType(), source + "\n" + e.exceptionLine());
    } catch (EvalLimitError | SubsetError e) {
      // expected outcomes
    }
  }

  private static Interpreter interpreter(boolean strict) {
    Fakes fakes = new Fakes();
    return Interpreter.builder()
        .policy(strict ? EvalPolicy.revisionScript() : EvalPolicy.tolerant())
        .loader(fakes.loader())
        .limits(Limits.DEFAULT.withMaxSteps(20_000).withMaxSize(100_000))
        .build();
  }

  private static String fill(String template, Random r) {
    StringBuilder sb = new StringBuilder();
    String t = template.replace("%%", "\u0000");
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '%' && i + 1 < t.length() && t.charAt(i + 1) == 's') {
        int kind = r.nextInt(3);
        sb.append(
            kind == 0
                ? OPERATORS[r.nextInt(OPERATORS.length)]
                : kind == 1
                    ? NAMES[r.nextInt(NAMES.length)]
                    : FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
        i++;
      } else {
        sb.append(c == '\u0000' ? '%' : c);
      }
    }
    return sb.toString();
  }

  @Test
  void randomProgramsFailOnlyWithPythonErrors() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          Random r = new Random(20240228);
          int parsed = 0;
          for (int n = 0; n < 4000; n++) {
            StringBuilder src = new StringBuilder("x = 1\ny = 2\ndef f(*a, **k):\n    return a\n");
            int lines = 1 + r.nextInt(4);
            for (int i = 0; i < lines; i++) {
              src.append(fill(TEMPLATES[r.nextInt(TEMPLATES.length)], r)).append('\n');
            }
            String source = src.toString();
            try {
              PyParser.parse(source, "g.py");
              parsed++;
            } catch (PySyntaxError e) {
              continue;
            }
            runSafely(source, interpreter(n % 2 == 0));
          }
          assertTrue(parsed > 500, "enough random programs parse: " + parsed);
        });
  }

  @Test
  void mutatedCorpusProgramsFailOnlyWithPythonErrors() throws IOException {
    String corpus =
        RevisionScriptTest.resource("programs.txt")
            + RevisionScriptTest.resource("revision_data.py")
            + RevisionScriptTest.resource("env_async.py");
    List<String> lines = new ArrayList<>(List.of(corpus.split("\n")));
    lines.removeIf(l -> l.startsWith("###"));
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          Random r = new Random(7);
          for (int n = 0; n < 1500; n++) {
            List<String> copy = new ArrayList<>(lines);
            int start = r.nextInt(copy.size());
            List<String> window =
                new ArrayList<>(
                    copy.subList(start, Math.min(copy.size(), start + 5 + r.nextInt(30))));
            for (int k = 0; k < 3; k++) {
              int i = r.nextInt(window.size());
              String line = window.get(i);
              if (line.isEmpty()) {
                continue;
              }
              int at = r.nextInt(line.length());
              String frag = FRAGMENTS[r.nextInt(FRAGMENTS.length)];
              window.set(
                  i,
                  r.nextBoolean()
                      ? line.substring(0, at) + frag + line.substring(at)
                      : line.replaceAll("\\b\\d+\\b", frag));
            }
            runSafely(String.join("\n", window) + "\n", interpreter(n % 3 == 0));
          }
        });
  }

  @Test
  void javaFailuresInBindingsBecomeSystemErrors() {
    PyModule ns = new PyModule("t", "t.py");
    ns.put(
        "boom",
        NativeFunction.of(
            "boom",
            a -> {
              throw new IllegalStateException("binding bug");
            }));
    Interpreter py = Interpreter.builder().build();
    PyException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            PyException.class, () -> py.execute(PyParser.parse("x = 1\nboom()\n", "t.py"), ns));
    org.junit.jupiter.api.Assertions.assertEquals(
        "SystemError: internal error in the tutor's "
            + "evaluator: IllegalStateException: binding bug",
        e.exceptionLine());
    org.junit.jupiter.api.Assertions.assertEquals(2, e.span().line());
  }
}
