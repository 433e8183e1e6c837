package migrationtutor.engine.ops;

import java.time.Clock;
import migrationtutor.engine.pyeval.ModuleLoader;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.stdlib.StdlibModules;

/**
 * The standard-library modules revision scripts import that are not this package's: a stand-in
 * {@code enum} whose {@code Enum} looks like CPython's ({@code __name__}, {@code <enum 'Enum'>}), a
 * {@code typing} whose forms can be subscripted in annotations, and the engine's own {@code
 * datetime} and {@code decimal}.
 */
final class TestModules {
  private TestModules() {}

  static ModuleLoader loader(ModuleLoader next) {
    return (name, level, importer) -> {
      if ("enum".equals(name)) {
        PyModule m = new PyModule("enum");
        for (String n : new String[] {"Enum", "IntEnum", "StrEnum"}) {
          m.put(n, enumBase(n));
        }
        return m;
      }
      if ("datetime".equals(name)) {
        return StdlibModules.datetime(Clock.systemUTC());
      }
      if ("decimal".equals(name)) {
        return StdlibModules.decimal();
      }
      if ("typing".equals(name)) {
        PyModule m = new PyModule("typing");
        for (String n : new String[] {"Union", "Sequence", "Optional", "List", "Any"}) {
          m.put(n, typingForm("typing." + n));
        }
        return m;
      }
      return next.load(name, level, importer);
    };
  }

  // typing.Union[str, None] and the like: subscripting gives the same form back.
  private static PyNative typingForm(String name) {
    return new PyNative() {
      @Override
      public String typeName() {
        return "_SpecialForm";
      }

      @Override
      public String repr() {
        return name;
      }

      @Override
      public PyValue item(PyValue key) {
        return this;
      }
    };
  }

  private static PyNative enumBase(String name) {
    return new PyNative() {
      @Override
      public String typeName() {
        return "EnumType";
      }

      @Override
      public String repr() {
        return "<enum '" + name + "'>";
      }

      @Override
      public PyValue attribute(String attr) {
        return attr.equals("__name__") ? new PyStr(name) : null;
      }
    };
  }
}
