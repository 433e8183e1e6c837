package migrationtutor.engine.pyeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.pysrc.PyParser;
import org.junit.jupiter.api.Test;

/** The revision-script subset: good scripts pass, each construct outside it is named. */
class SubsetCheckerTest {
  private static List<String> violations(String source) {
    List<String> out = new ArrayList<>();
    for (SubsetViolation v :
        SubsetChecker.check(PyParser.parse(source, "rev.py"), Subset.REVISION_SCRIPT)) {
      out.add(v.toString());
    }
    return out;
  }

  @Test
  void revisionScriptsInTheSubsetPass() throws IOException {
    for (String name : List.of("revision_autogen.py", "revision_batch.py", "revision_data.py")) {
      assertEquals(List.of(), violations(RevisionScriptTest.resource(name)), name);
    }
  }

  @Test
  void whileLoop() {
    assertEquals(
        List.of(
            "line 4:5: a 'while' loop is outside the Python subset the tutor runs "
                + "in migration scripts; write each operation out as a separate op.* call"),
        violations(
            "from alembic import op\n\ndef upgrade():\n    while True:\n"
                + "        op.drop_table('t')\n"));
  }

  @Test
  void disallowedImport() {
    assertEquals(
        List.of(
            "line 3:1: importing 'os' is outside the subset: migration scripts "
                + "may import alembic, sqlalchemy, datetime, decimal, enum and typing"),
        violations("from alembic import op\nimport sqlalchemy as sa\nimport os\n"));
    assertEquals(
        List.of(
            "line 1:1: importing 'os.path' is outside the subset: migration "
                + "scripts may import alembic, sqlalchemy, datetime, decimal, enum and typing"),
        violations("from os.path import join\n"));
    assertEquals(List.of(), violations("from __future__ import annotations\n"));
  }

  @Test
  void forbiddenBuiltinsNamedWhereCalledOrUsed() {
    assertEquals(
        List.of(
            "line 9:12: calling open() is outside the subset: migration scripts "
                + "describe schema changes and cannot read or write files"),
        violations(
            "from alembic import op\n\n\n\n\n\n\ndef upgrade():\n"
                + "    data = open('seed.sql').read()\n    op.execute(data)\n"));
    assertEquals(
        List.of(
            "line 1:5: using 'eval' is outside the subset: migration scripts "
                + "cannot run code built from strings"),
        violations("f = eval\n"));
    assertEquals(
        List.of(
            "line 1:5: calling getattr() is outside the subset: write attribute "
                + "names out, as in sa.String"),
        violations("x = getattr(sa, 'String')\n"));
  }

  @Test
  void dunderAttributes() {
    assertEquals(
        List.of(
            "line 1:5: accessing '__subclasses__' is outside the subset: "
                + "migration scripts cannot reach Python internals through dunder attributes",
            "line 1:5: accessing '__class__' is outside the subset: migration scripts cannot "
                + "reach Python internals through dunder attributes"),
        violations("x = ().__class__.__subclasses__()\n"));
  }

  @Test
  void everyDisallowedConstructIsReported() {
    String src =
        String.join(
            "\n",
            "import sqlalchemy as sa",
            "class Model:",
            "    pass",
            "def upgrade():",
            "    if True:",
            "        pass",
            "    for c in ['a']:",
            "        pass",
            "    try:",
            "        pass",
            "    except Exception:",
            "        pass",
            "    cols = [c for c in 'ab']",
            "    key = lambda c: c",
            "    x = 1 if cols else 2",
            "    def helper():",
            "        global y",
            "    del x",
            "    assert cols",
            "    if (n := 1):",
            "        pass",
            "@decorated",
            "async def downgrade():",
            "    await thing",
            "");
    List<String> v = violations(src);
    List<String> heads = new ArrayList<>();
    for (String s : v) {
      heads.add(s.substring(0, s.indexOf(" is outside")));
    }
    assertEquals(
        List.of(
            "line 2:1: a class definition",
            "line 5:5: an 'if' statement",
            "line 7:5: a 'for' loop",
            "line 9:5: a 'try' statement",
            "line 13:12: a comprehension",
            "line 14:11: a lambda",
            "line 15:9: a conditional expression ('x if c else y')",
            "line 16:5: a function defined inside another function",
            "line 17:9: a 'global' or 'nonlocal' statement",
            "line 18:5: a 'del' statement",
            "line 19:5: an 'assert' statement",
            "line 20:5: an 'if' statement",
            "line 20:9: an assignment expression (':=')",
            "line 22:2: a decorator",
            "line 23:1: 'async' code",
            "line 24:5: 'async' code"),
        heads);
    assertTrue(v.get(0).endsWith("; define models in your application, not in a migration"));
  }

  @Test
  void relativeAndStarImports() {
    assertEquals(
        List.of(
            "line 1:1: a relative import is outside the Python subset the tutor "
                + "runs in migration scripts; import installed packages by their full name",
            "line 2:24: 'from ... import *' is outside the Python subset the tutor runs in "
                + "migration scripts; import the names you use one by one"),
        violations("from . import models\nfrom sqlalchemy import *\n"));
  }

  @Test
  void strictInterpreterRefusesBeforeRunning() {
    List<String> printed = new ArrayList<>();
    Interpreter py =
        Interpreter.builder().policy(EvalPolicy.revisionScript()).print(printed::add).build();
    SubsetError e =
        assertThrows(
            SubsetError.class,
            () ->
                py.execute(PyParser.parse("print('ran')\nfor i in []:\n    pass\n", "r.py"), "r"));
    assertEquals(List.of(), printed);
    assertEquals("r.py", e.file());
    assertEquals(1, e.violations().size());
    assertEquals(Construct.FOR, e.violations().get(0).construct());
    assertTrue(e.getMessage().startsWith("line 2:1: a 'for' loop"));
  }

  @Test
  void subsetIsDataTheCallerCanExtend() {
    Subset wider = Subset.REVISION_SCRIPT.withModules("os").allowing(Construct.FOR);
    assertEquals(
        List.of(),
        SubsetChecker.check(PyParser.parse("import os\nfor x in []:\n    pass\n", "r.py"), wider));
  }
}
