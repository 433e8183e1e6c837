package migrationtutor.engine.pyeval;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** A Python {@code range}: lazy, so {@code range(10**9)} costs nothing until iterated. */
final class PyRange implements PyNative {
  private final BigInteger start;
  private final BigInteger stop;
  private final BigInteger step;

  PyRange(BigInteger start, BigInteger stop, BigInteger step) {
    if (step.signum() == 0) {
      throw PyException.valueError("range() arg 3 must not be zero");
    }
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  /** The number of elements. */
  BigInteger size() {
    BigInteger span = stop.subtract(start);
    if (step.signum() > 0 ? span.signum() <= 0 : span.signum() >= 0) {
      return BigInteger.ZERO;
    }
    BigInteger adjust = step.signum() > 0 ? BigInteger.ONE : BigInteger.ONE.negate();
    return span.subtract(adjust).divide(step).add(BigInteger.ONE);
  }

  BigInteger get(BigInteger index) {
    return start.add(step.multiply(index));
  }

  @Override
  public String typeName() {
    return "range";
  }

  @Override
  public boolean truthy() {
    return size().signum() > 0;
  }

  @Override
  public String repr() {
    return "range(" + start + ", " + stop + (step.equals(BigInteger.ONE) ? "" : ", " + step) + ")";
  }

  @Override
  public int length() {
    BigInteger n = size();
    if (n.bitLength() > 62) {
      throw new PyException("OverflowError", "Python int too large to convert to C ssize_t");
    }
    return n.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
  }

  @Override
  public PyValue item(PyValue key) {
    if (!(key instanceof PyInt || key instanceof PyBool)) {
      throw PyException.typeError(
          "range indices must be integers or slices, not " + key.typeName());
    }
    BigInteger i = Numbers.toBig(key);
    BigInteger n = size();
    if (i.signum() < 0) {
      i = i.add(n);
    }
    if (i.signum() < 0 || i.compareTo(n) >= 0) {
      throw PyException.indexError("range object index out of range");
    }
    return new PyInt(get(i));
  }

  @Override
  public Iterator<PyValue> iterate() {
    return new Iterator<>() {
      BigInteger next = start;

      @Override
      public boolean hasNext() {
        return step.signum() > 0 ? next.compareTo(stop) < 0 : next.compareTo(stop) > 0;
      }

      @Override
      public PyValue next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        PyValue v = new PyInt(next);
        next = next.add(step);
        return v;
      }
    };
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    if (operator.equals("in") && reflected) {
      if (!(other instanceof PyInt || other instanceof PyBool)) {
        return PyBool.FALSE;
      }
      BigInteger v = Numbers.toBig(other);
      BigInteger off = v.subtract(start);
      boolean inside =
          step.signum() > 0
              ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
              : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
      return PyBool.of(inside && off.mod(step.abs()).signum() == 0);
    }
    return null;
  }
}
