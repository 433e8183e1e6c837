package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyFunction;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.EnumType;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.SqlType;

/**
 * {@code sa.Enum(*enums, **kw)} as {@code Enum._enum_init} in SQLAlchemy 1.4.46 builds it: from
 * strings, or from one Python {@code enum.Enum} class (its member names, aliases included unless
 * {@code omit_aliases=True}; {@code values_callable} may choose other strings; the name defaults to
 * the lower-cased class name).
 */
final class EnumTypes {
  private static final Set<String> ENUM_BASES =
      Set.of("Enum", "IntEnum", "StrEnum", "Flag", "IntFlag");

  private static final Set<String> DESCRIPTORS = Set.of("property", "staticmethod", "classmethod");

  private final Consumer<PythonWarning> warnings;

  EnumTypes(Consumer<PythonWarning> warnings) {
    this.warnings = warnings;
  }

  SqlType create(Args a) {
    Map<String, PyValue> kw = new LinkedHashMap<>(a.keywords());
    boolean nativeEnum = pop(kw, "native_enum", true);
    boolean createConstraint = pop(kw, "create_constraint", false);
    PyValue valuesCallable = kw.remove("values_callable");
    PyValue length = kw.remove("length");
    PyValue omitAliases = kw.remove("omit_aliases");
    boolean disableWarnings = pop(kw, "_disable_warnings", false);
    List<PyValue> enums = a.positional();
    List<String> values;
    String name = null;
    if (enums.size() == 1 && enums.get(0) instanceof PyClass cls && isEnumClass(cls)) {
      List<Member> members = members(cls, omitAliases != null && omitAliases.truthy());
      // values_callable receives the class, whose iteration skips aliases.
      values =
          valuesCallable != null && valuesCallable != PyNone.NONE
              ? callValues(valuesCallable, members(cls, true))
              : members.stream().map(Member::name).toList();
      name = cls.name().toLowerCase(Locale.ROOT);
    } else {
      values = new ArrayList<>();
      for (PyValue v : enums) {
        if (!(v instanceof PyStr s)) {
          // max(len(x) for x in self.enums) fails on anything without a len().
          throw PyException.typeError("object of type '" + v.typeName() + "' has no len()");
        }
        values.add(s.value());
      }
    }
    Integer lengthArg = null;
    if (length != null) {
      if (nativeEnum) {
        if (!disableWarnings) {
          warnings.accept(
              new PythonWarning(
                  "SAWarning",
                  "Enum 'length' argument is currently"
                      + " ignored unless native_enum is specified as False, including for DDL that"
                      + " renders VARCHAR in any case.  This may change in a future release."));
        }
      } else {
        lengthArg = PyArgs.optInt(length, "sa.Enum(length=...)");
      }
    }
    PyValue nameArg = kw.remove("name");
    if (nameArg != null) {
      name = PyArgs.optStr(nameArg, "sa.Enum(name=...)");
    }
    PyValue schema = kw.remove("schema");
    if (schema != null && schema != PyNone.NONE) {
      throw PyArgs.unsupported(
          "sa.Enum(schema=...)", "leave schema out: the sandbox's SQLite database has no schemas");
    }
    return new EnumType(values, name, createConstraint, nativeEnum, lengthArg);
  }

  private static boolean pop(Map<String, PyValue> kw, String key, boolean dflt) {
    PyValue v = kw.remove(key);
    return v == null ? dflt : v.truthy();
  }

  /** Whether a script's class derives from {@code enum.Enum} (or IntEnum, StrEnum, Flag...). */
  static boolean isEnumClass(PyClass cls) {
    for (PyValue base : cls.bases()) {
      if (base instanceof PyClass c) {
        if (isEnumClass(c)) {
          return true;
        }
      } else if (base instanceof PyNative n) {
        PyValue name = n.attribute("__name__");
        String repr = n.repr();
        if ((name instanceof PyStr s && ENUM_BASES.contains(s.value()))
            || repr.startsWith("<enum '")
            || repr.startsWith("<class 'enum.")) {
          return true;
        }
      }
    }
    return false;
  }

  /** One member of an enum class: its name and value. */
  record Member(String name, PyValue value) {}

  // The public, non-function names of the class body in definition order; a name whose value
  // repeats an earlier member's is an alias (Enum.__members__ lists it, omit_aliases drops it).
  static List<Member> members(PyClass cls, boolean omitAliases) {
    List<Member> all = new ArrayList<>();
    List<PyValue> seen = new ArrayList<>();
    for (Map.Entry<String, PyValue> e : cls.namespace().entrySet()) {
      String key = e.getKey();
      PyValue v = e.getValue();
      // Methods, properties, static/class methods and nested classes are not members.
      if (key.startsWith("_")
          || v instanceof PyFunction
          || v instanceof PyClass
          || DESCRIPTORS.contains(v.typeName())) {
        continue;
      }
      boolean alias = seen.contains(v);
      seen.add(v);
      if (!(alias && omitAliases)) {
        all.add(new Member(key, v));
      }
    }
    return all;
  }

  private static List<String> callValues(PyValue callable, List<Member> members) {
    if (!(callable instanceof PyNative f)) {
      throw PyException.typeError("'" + callable.typeName() + "' object is not callable");
    }
    PyValue result = f.call(Args.of(new MembersView(members)));
    List<String> values = new ArrayList<>();
    for (PyValue v : PyArgs.items(result)) {
      if (!(v instanceof PyStr s)) {
        throw PyException.typeError("object of type '" + v.typeName() + "' has no len()");
      }
      values.add(s.value());
    }
    return values;
  }

  /** What {@code values_callable} receives: the enum class, iterated as its members. */
  private record MembersView(List<Member> members) implements PyNative {
    @Override
    public String typeName() {
      return "EnumType";
    }

    @Override
    public Iterator<PyValue> iterate() {
      return members.stream().<PyValue>map(MemberValue::new).iterator();
    }
  }

  /** An enum member as {@code values_callable} sees it: {@code .name} and {@code .value}. */
  private record MemberValue(Member member) implements PyNative {
    @Override
    public String typeName() {
      return "Enum";
    }

    @Override
    public PyValue attribute(String attr) {
      if (attr.equals("name")) {
        return new PyStr(member.name());
      }
      return attr.equals("value") ? member.value() : null;
    }
  }
}
