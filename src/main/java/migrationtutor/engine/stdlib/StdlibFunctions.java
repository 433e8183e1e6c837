package migrationtutor.engine.stdlib;

import java.math.BigInteger;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyInt;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;

/** Small helpers shared by the standard-library bindings. */
final class StdlibFunctions {
  private StdlibFunctions() {}

  /** A function of no arguments that returns a fixed value. */
  static NativeFunction constant(String name, PyValue value) {
    return NativeFunction.of(name, (Args a) -> value);
  }

  /** An int argument as a Java int, or a TypeError like CPython's. */
  static int intArg(PyValue v, String what) {
    if (v instanceof PyInt i && i.value().bitLength() < 32) {
      return i.value().intValue();
    }
    if (v instanceof PyInt) {
      throw new PyException("OverflowError", what + " is out of range");
    }
    throw PyException.typeError(
        "'" + v.typeName() + "' object cannot be interpreted as an" + " integer");
  }

  /** A str argument, or a TypeError. */
  static String strArg(PyValue v, String function) {
    if (v instanceof PyStr s) {
      return s.value();
    }
    throw PyException.typeError(function + "() argument must be str, not " + v.typeName());
  }

  /** A str argument or None. */
  static String optionalStr(PyValue v, String function) {
    return v == PyNone.NONE ? null : strArg(v, function);
  }

  static PyInt big(BigInteger v) {
    return new PyInt(v);
  }
}
