package migrationtutor.engine.pyeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.pysrc.PyParser;
import org.junit.jupiter.api.Test;

/** env.py runs tolerantly: fakes for what the tutor models, unknown values for the rest. */
class EnvPyTest {
  private final EnvFakes fakes = new EnvFakes();
  private final List<String> printed = new ArrayList<>();

  private Interpreter interpreter(EvalPolicy policy) {
    return Interpreter.builder().policy(policy).loader(fakes.loader()).print(printed::add).build();
  }

  private PyModule run(Interpreter py, String resource) throws IOException {
    return py.execute(PyParser.parse(RevisionScriptTest.resource(resource), "env.py"), "env_py");
  }

  @Test
  void genericEnvOfflineMode() throws IOException {
    fakes.offline = true;
    fakes.options.put("sqlalchemy.url", "sqlite:///app.db");
    run(interpreter(EvalPolicy.tolerant()), "env_generic.py");
    assertEquals(
        List.of(
            "configure(url='sqlite:///app.db', target_metadata=None, "
                + "literal_binds=True, dialect_opts={'paramstyle': 'named'})",
            "begin transaction",
            "run_migrations",
            "end transaction"),
        fakes.log);
  }

  @Test
  void genericEnvOnlineModeCarriesUnknownsThrough() throws IOException {
    Interpreter py = interpreter(EvalPolicy.tolerant());
    PyModule m = run(py, "env_generic.py");
    assertEquals(
        List.of(
            "configure(connection=<sqlalchemy.engine_from_config(...).connect(...)"
                + ".__enter__()>, target_metadata=None)",
            "begin transaction",
            "run_migrations",
            "end transaction"),
        fakes.log);
    assertTrue(m.get("run_migrations_online") instanceof PyFunction);
  }

  @Test
  void asyncEnvWithDotenvMissingAndEnvironmentUrl() throws IOException {
    fakes.environ.put("DATABASE_URL", "sqlite+aiosqlite:///prod.db");
    fakes.environ.put("ALEMBIC_ECHO", "1");
    fakes.environ.put("HOME", "/home/ann");
    PyModule m = run(interpreter(EvalPolicy.tolerant()), "env_async.py");
    assertEquals(
        List.of(
            "set_main_option sqlalchemy.url=sqlite+aiosqlite:///prod.db",
            "begin connection",
            "run_sync",
            "configure(connection=<AsyncConnection>, "
                + "target_metadata=None, render_as_batch=True)",
            "begin transaction",
            "run_migrations",
            "end transaction",
            "end connection",
            "dispose"),
        fakes.log);
    assertEquals(List.of("using 'sqlite+aiosqlite:///prod.db' from /home/ann\n"), printed);
    assertEquals(PyNone.NONE, m.get("Base"));
    assertEquals(null, m.get("load_dotenv"));
  }

  @Test
  void asyncEnvDefaultUrlAndNoEcho() throws IOException {
    run(interpreter(EvalPolicy.tolerant()), "env_async.py");
    assertEquals("set_main_option sqlalchemy.url=sqlite+aiosqlite:///app.db", fakes.log.get(0));
    assertEquals(List.of(), printed);
  }

  @Test
  void asyncEnvOfflineRaisesSystemExit() {
    fakes.offline = true;
    PyException e =
        assertThrows(
            PyException.class, () -> run(interpreter(EvalPolicy.tolerant()), "env_async.py"));
    assertEquals("SystemExit: offline mode is not supported here", e.exceptionLine());
    assertEquals(62, e.span().line());
  }

  @Test
  void unknownConditionIsFalseWithANote() {
    Interpreter py = interpreter(EvalPolicy.tolerant());
    PyModule m =
        py.execute(
            PyParser.parse(
                "import mystery\nif mystery.enabled():\n    mode = 'on'\nelse:\n    mode = 'off'\n"
                    + "items = [x for x in mystery.items()]\nn = mystery.count + 1\n",
                "app.py"),
            "app");
    assertEquals("'off'", m.get("mode").repr());
    assertEquals("[]", m.get("items").repr());
    assertTrue(m.get("n") instanceof PyUnknown);
    assertEquals(
        "app.py:2:4: the tutor cannot know the value of mystery.enabled(...); it is "
            + "treated as false here",
        py.notes().get(0).toString());
  }

  @Test
  void callerDecidesUnknownTruth() {
    Interpreter py =
        interpreter(EvalPolicy.tolerant().withUnknownTruth((unknown, file, span, notes) -> true));
    PyModule m =
        py.execute(
            PyParser.parse("import mystery\nmode = 'on' if mystery.flag else 'off'\n", "app.py"),
            "app");
    assertEquals("'on'", m.get("mode").repr());
  }

  @Test
  void withheldBuiltinsGiveUnknownsWhenTolerantAndErrorsWhenStrict() {
    Interpreter tolerant = interpreter(EvalPolicy.tolerant());
    PyModule m =
        tolerant.execute(
            PyParser.parse(
                "cfg = open('settings.json').read()\nsa = __import__('sqlalchemy')\n", "app.py"),
            "app");
    assertTrue(m.get("cfg") instanceof PyUnknown);
    assertEquals(2, tolerant.notes().size());
    Interpreter strict =
        interpreter(
            EvalPolicy.strict(
                new Subset(
                    "scripts",
                    java.util.EnumSet.allOf(Construct.class),
                    List.of(),
                    java.util.Map.of(),
                    false)));
    PyException e =
        assertThrows(
            PyException.class,
            () -> strict.execute(PyParser.parse("x = open('f')\n", "s.py"), "s"));
    assertEquals(
        "NotImplementedError: open() is not available in scripts the tutor evaluates: "
            + "scripts cannot read or write files",
        e.exceptionLine());
  }
}
