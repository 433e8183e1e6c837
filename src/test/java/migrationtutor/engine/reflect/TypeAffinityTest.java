package migrationtutor.engine.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.UnsupportedConstructException;
import org.junit.jupiter.api.Test;

/** Declared types through the affinity rules, against SQLAlchemy's _resolve_type_affinity. */
class TypeAffinityTest {
  private static final Map<String, String> GOLDEN =
      TestGoldens.read("/migrationtutor/engine/batch/reflect.golden");
  private static final Pattern LINE = Pattern.compile("^('.*') -> .*$");

  @Test
  void everyDeclarationResolvesAsSqlalchemyDoes() {
    String expected = GOLDEN.get("affinity");
    List<String> lines = new ArrayList<>();
    for (String line : expected.split("\n")) {
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String declared = unrepr(m.group(1));
      List<PythonWarning> warnings = new ArrayList<>();
      SqlType t = TypeAffinity.resolve(declared, warnings::add);
      lines.add(PythonRepr.repr(declared) + " -> " + t.pythonRepr());
      warnings.forEach(w -> lines.add("WARN " + w.category() + ": " + w.message()));
    }
    assertEquals(expected, String.join("\n", lines) + "\n");
  }

  @Test
  void argumentsSqlalchemyWouldMisreadAreRefused() {
    assertThrows(
        UnsupportedConstructException.class, () -> TypeAffinity.resolve("VARCHAR(1, 2)", w -> {}));
    assertThrows(
        UnsupportedConstructException.class, () -> TypeAffinity.resolve("BOOLEAN(1)", w -> {}));
  }

  // The golden's declarations are plain single-quoted reprs without escapes.
  private static String unrepr(String repr) {
    return repr.substring(1, repr.length() - 1);
  }
}
