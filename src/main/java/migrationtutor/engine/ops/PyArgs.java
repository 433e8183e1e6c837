package migrationtutor.engine.ops;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyBool;
import migrationtutor.engine.pyeval.PyBytes;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyFloat;
import migrationtutor.engine.pyeval.PyInt;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PySet;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyTuple;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.UnsupportedConstructException;
import migrationtutor.engine.stdlib.HostValue;

/** Conversions from evaluated Python arguments to the Java values of the schema model. */
final class PyArgs {
  private PyArgs() {}

  /** A str argument, or null for None; anything else is refused naming the construct. */
  static String optStr(PyValue v, String construct) {
    if (v == PyNone.NONE) {
      return null;
    }
    if (v instanceof PyStr s) {
      return s.value();
    }
    throw unsupported(construct + " with " + v.repr(), "write it as a string");
  }

  /** A str argument that must be given. */
  static String str(PyValue v, String construct) {
    String s = optStr(v, construct);
    if (s == null) {
      throw unsupported(construct + " with None", "write it as a string");
    }
    return s;
  }

  /** Python truthiness, or null for None (SQLAlchemy tests most flags with {@code if x:}). */
  static Boolean optBool(PyValue v) {
    return v == PyNone.NONE ? null : v.truthy();
  }

  /** An int argument, or null for None. */
  static Integer optInt(PyValue v, String construct) {
    if (v == PyNone.NONE) {
      return null;
    }
    if (v instanceof PyBool b) {
      return b.value() ? 1 : 0;
    }
    if (v instanceof PyInt i && i.value().bitLength() < 32) {
      return i.value().intValue();
    }
    throw unsupported(construct + " with " + v.repr(), "write it as a whole number");
  }

  /** The elements of an iterable value, as a Python {@code for} loop sees them. */
  static List<PyValue> items(PyValue v) {
    if (v instanceof PyList l) {
      return new ArrayList<>(l.items());
    } else if (v instanceof PyTuple t) {
      return t.items();
    } else if (v instanceof PyStr s) {
      List<PyValue> chars = new ArrayList<>();
      s.value().codePoints().forEach(cp -> chars.add(new PyStr(Character.toString(cp))));
      return chars;
    } else if (v instanceof PyDict d) {
      return new ArrayList<>(d.entries().keySet());
    } else if (v instanceof PySet s) {
      return new ArrayList<>(s.items());
    } else if (v instanceof PyNative n) {
      List<PyValue> all = new ArrayList<>();
      for (Iterator<PyValue> it = n.iterate(); it.hasNext(); ) {
        all.add(it.next());
      }
      return all;
    }
    throw PyException.typeError("'" + v.typeName() + "' object is not iterable");
  }

  /** A dict argument with str keys, or an empty map for None. */
  static Map<String, PyValue> strDict(PyValue v, String construct) {
    Map<String, PyValue> out = new LinkedHashMap<>();
    if (v == PyNone.NONE) {
      return out;
    }
    if (!(v instanceof PyDict d)) {
      throw unsupported(construct + " with " + v.repr(), "give a dict");
    }
    d.entries().forEach((k, val) -> out.put(str(k, construct + " key"), val));
    return out;
  }

  /**
   * A Python value as the engine holds it (see {@link PythonRepr}): None, bool, int, float, str,
   * bytes, the standard library's dates, times and Decimals, and lists, tuples and dicts of those.
   */
  static Object python(PyValue v, String construct) {
    if (v == PyNone.NONE) {
      return null;
    } else if (v instanceof PyBool b) {
      return b.value();
    } else if (v instanceof PyInt i) {
      BigInteger big = i.value();
      return big.bitLength() < 64 ? (Object) big.longValue() : big;
    } else if (v instanceof PyFloat f) {
      return f.value();
    } else if (v instanceof PyStr s) {
      return s.value();
    } else if (v instanceof PyBytes b) {
      return b.value();
    } else if (v instanceof PyList || v instanceof PyTuple) {
      List<Object> out = new ArrayList<>();
      for (PyValue item : items(v)) {
        out.add(python(item, construct));
      }
      return out;
    } else if (v instanceof PyDict d) {
      Map<Object, Object> out = new LinkedHashMap<>();
      d.entries().forEach((k, val) -> out.put(python(k, construct), python(val, construct)));
      return out;
    } else if (v instanceof HostValue h) {
      // datetime.date/datetime/time/timedelta and decimal.Decimal, as the schema model holds them.
      return h.toJava();
    }
    throw unsupported(
        construct + " with the value " + v.repr(),
        "use None, bool, int, float, str, bytes, datetime, Decimal, or lists and dicts of those");
  }

  /** Whether any argument, or any element of a list/tuple/dict argument, is unknown. */
  static boolean hasUnknown(Args args) {
    for (PyValue v : args.positional()) {
      if (isUnknown(v)) {
        return true;
      }
    }
    for (PyValue v : args.keywords().values()) {
      if (isUnknown(v)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnknown(PyValue v) {
    if (v instanceof PyUnknown) {
      return true;
    } else if (v instanceof PyList l) {
      return l.items().stream().anyMatch(x -> x instanceof PyUnknown);
    } else if (v instanceof PyTuple t) {
      return t.items().stream().anyMatch(x -> x instanceof PyUnknown);
    } else if (v instanceof PyDict d) {
      return d.entries().values().stream().anyMatch(x -> x instanceof PyUnknown);
    }
    return false;
  }

  /** {@code repr(type(v))} as SQLAlchemy's argument errors show it, e.g. {@code <class 'int'>}. */
  static String classRepr(PyValue v) {
    if (v instanceof SaTypeClass) {
      return "<class 'sqlalchemy.sql.visitors.TraversibleType'>";
    }
    return "<class '" + v.typeName() + "'>";
  }

  /** The engine's error for a construct it cannot model, naming what to write instead. */
  static UnsupportedConstructException unsupported(String construct, String instead) {
    return new UnsupportedConstructException(construct, instead);
  }

  /** The str key of a keyword dict entry (bound **kwargs always have str keys). */
  static Map<String, PyValue> kwargs(PyValue dict) {
    Map<String, PyValue> out = new LinkedHashMap<>();
    ((PyDict) dict).entries().forEach((k, v) -> out.put(((PyStr) k).value(), v));
    return out;
  }
}
