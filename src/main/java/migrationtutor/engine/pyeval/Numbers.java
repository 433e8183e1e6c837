package migrationtutor.engine.pyeval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import migrationtutor.engine.pysrc.BinaryOperator;

/**
 * int and float arithmetic with CPython's semantics: floor division and modulo take the sign of the
 * divisor, bool acts as int, int / int is true division, and the exact error messages. Ints are
 * capped at {@link Limits#maxIntBits()} so that {@code 10 ** 10 ** 10} fails at once.
 */
final class Numbers {
  private final int maxBits;

  Numbers(int maxBits) {
    this.maxBits = maxBits;
  }

  static boolean isNumber(PyValue v) {
    return v instanceof PyInt || v instanceof PyBool || v instanceof PyFloat;
  }

  static boolean isInt(PyValue v) {
    return v instanceof PyInt || v instanceof PyBool;
  }

  static BigInteger toBig(PyValue v) {
    if (v instanceof PyInt i) {
      return i.value();
    }
    if (v instanceof PyBool b) {
      return b.value() ? BigInteger.ONE : BigInteger.ZERO;
    }
    throw PyException.typeError(
        "'" + v.typeName() + "' object cannot be interpreted as an integer");
  }

  /** An int as a Java int, for indices and counts (clamped; callers check ranges). */
  static long toLong(PyValue v) {
    BigInteger b = toBig(v);
    if (b.bitLength() > 62) {
      return b.signum() > 0 ? Long.MAX_VALUE / 2 : Long.MIN_VALUE / 2;
    }
    return b.longValue();
  }

  static double toDouble(PyValue v) {
    if (v instanceof PyFloat f) {
      return f.value();
    }
    return bigToDouble(toBig(v));
  }

  static double bigToDouble(BigInteger b) {
    double d = b.doubleValue();
    if (Double.isInfinite(d)) {
      throw new PyException("OverflowError", "int too large to convert to float");
    }
    return d;
  }

  /** A float converted to int as int() does (truncating). */
  static PyInt floatToInt(double d) {
    if (Double.isNaN(d)) {
      throw PyException.valueError("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(d)) {
      throw new PyException("OverflowError", "cannot convert float infinity to integer");
    }
    return new PyInt(new BigDecimal(d).toBigInteger());
  }

  PyInt checked(BigInteger v) {
    if (v.bitLength() > maxBits) {
      throw tooBig();
    }
    return new PyInt(v);
  }

  private PyException tooBig() {
    return PyException.memoryError(
        "the result would be an integer of more than "
            + maxBits
            + " bits; the tutor's evaluator stops there to stay fast");
  }

  /** {@code a op b} for numbers, or null when either operand is not a number. */
  PyValue binary(BinaryOperator op, PyValue a, PyValue b) {
    if (!isNumber(a) || !isNumber(b)) {
      return null;
    }
    if (a instanceof PyFloat || b instanceof PyFloat) {
      return floatOp(op, toDouble(a), toDouble(b));
    }
    return intOp(op, toBig(a), toBig(b));
  }

  private PyValue intOp(BinaryOperator op, BigInteger x, BigInteger y) {
    switch (op) {
      case ADD:
        return checked(x.add(y));
      case SUB:
        return checked(x.subtract(y));
      case MULT:
        if ((long) x.bitLength() + y.bitLength() > maxBits + 1L) {
          throw tooBig();
        }
        return checked(x.multiply(y));
      case DIV:
        return new PyFloat(trueDivide(x, y));
      case FLOOR_DIV:
        if (y.signum() == 0) {
          throw new PyException("ZeroDivisionError", "integer division or modulo by zero");
        }
        return new PyInt(floorDivMod(x, y)[0]);
      case MOD:
        if (y.signum() == 0) {
          throw new PyException("ZeroDivisionError", "integer modulo by zero");
        }
        return new PyInt(floorDivMod(x, y)[1]);
      case POW:
        return intPow(x, y);
      case LSHIFT:
        if (y.signum() < 0) {
          throw PyException.valueError("negative shift count");
        }
        if (x.signum() == 0) {
          return new PyInt(x);
        }
        if (y.bitLength() > 31 || x.bitLength() + y.longValue() > maxBits) {
          throw tooBig();
        }
        return new PyInt(x.shiftLeft(y.intValue()));
      case RSHIFT:
        if (y.signum() < 0) {
          throw PyException.valueError("negative shift count");
        }
        if (y.bitLength() > 31) {
          return PyInt.of(x.signum() < 0 ? -1 : 0);
        }
        return new PyInt(x.shiftRight(y.intValue()));
      case BIT_AND:
        return new PyInt(x.and(y));
      case BIT_OR:
        return new PyInt(x.or(y));
      case BIT_XOR:
        return new PyInt(x.xor(y));
      default:
        return null;
    }
  }

  static BigInteger[] floorDivMod(BigInteger x, BigInteger y) {
    BigInteger[] qr = x.divideAndRemainder(y);
    if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
      qr[0] = qr[0].subtract(BigInteger.ONE);
      qr[1] = qr[1].add(y);
    }
    return qr;
  }

  static double trueDivide(BigInteger x, BigInteger y) {
    if (y.signum() == 0) {
      throw new PyException("ZeroDivisionError", "division by zero");
    }
    if (x.bitLength() <= 53 && y.bitLength() <= 53) {
      return x.doubleValue() / y.doubleValue();
    }
    double d = new BigDecimal(x).divide(new BigDecimal(y), MathContext.DECIMAL128).doubleValue();
    if (Double.isInfinite(d)) {
      throw new PyException("OverflowError", "integer division result too large for a float");
    }
    return d;
  }

  private PyValue intPow(BigInteger x, BigInteger y) {
    if (y.signum() < 0) {
      if (x.signum() == 0) {
        throw new PyException("ZeroDivisionError", "0.0 cannot be raised to a negative power");
      }
      return floatOp(BinaryOperator.POW, bigToDouble(x), y.doubleValue());
    }
    if (x.signum() == 0 || x.equals(BigInteger.ONE)) {
      return new PyInt(y.signum() == 0 ? BigInteger.ONE : x);
    }
    if (x.equals(BigInteger.ONE.negate())) {
      return PyInt.of(y.testBit(0) ? -1 : 1);
    }
    if (y.bitLength() > 31 || (long) (x.bitLength() - 1) * y.longValue() > maxBits) {
      throw tooBig();
    }
    return checked(x.pow(y.intValue()));
  }

  static PyValue floatOp(BinaryOperator op, double x, double y) {
    switch (op) {
      case ADD:
        return new PyFloat(x + y);
      case SUB:
        return new PyFloat(x - y);
      case MULT:
        return new PyFloat(x * y);
      case DIV:
        if (y == 0) {
          throw new PyException("ZeroDivisionError", "float division by zero");
        }
        return new PyFloat(x / y);
      case FLOOR_DIV:
        if (y == 0) {
          throw new PyException("ZeroDivisionError", "float floor division by zero");
        }
        return new PyFloat(floatDivMod(x, y)[0]);
      case MOD:
        if (y == 0) {
          throw new PyException("ZeroDivisionError", "float modulo");
        }
        return new PyFloat(floatDivMod(x, y)[1]);
      case POW:
        return new PyFloat(floatPow(x, y));
      default:
        return null;
    }
  }

  // CPython's float_divmod().
  static double[] floatDivMod(double vx, double wx) {
    double mod = vx % wx;
    double div = (vx - mod) / wx;
    if (mod != 0) {
      if ((wx < 0) != (mod < 0)) {
        mod += wx;
        div -= 1.0;
      }
    } else {
      mod = Math.copySign(0.0, wx);
    }
    double floordiv;
    if (div != 0) {
      floordiv = Math.floor(div);
      if (div - floordiv > 0.5) {
        floordiv += 1.0;
      }
    } else {
      floordiv = Math.copySign(0.0, vx / wx);
    }
    return new double[] {floordiv, mod};
  }

  static double floatPow(double x, double y) {
    if (x == 0 && y < 0) {
      throw new PyException("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    }
    if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
      throw new PyException(
          "NotImplementedError",
          "a negative number raised to a fractional "
              + "power gives a complex number, which the tutor's evaluator does not support");
    }
    double r = Math.pow(x, y);
    if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
      throw new PyException("OverflowError", "(34, 'Numerical result out of range')");
    }
    return r;
  }
}
