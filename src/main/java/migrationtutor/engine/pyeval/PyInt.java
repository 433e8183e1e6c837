package migrationtutor.engine.pyeval;

import java.math.BigInteger;

/** A Python {@code int} (arbitrary precision). */
public record PyInt(BigInteger value) implements PyValue {
  /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
  static final int MAX_STR_DIGITS = 4300;

  public PyInt {
    java.util.Objects.requireNonNull(value);
  }

  /** An int from a long. */
  public static PyInt of(long v) {
    return new PyInt(BigInteger.valueOf(v));
  }

  @Override
  public String typeName() {
    return "int";
  }

  @Override
  public boolean truthy() {
    return value.signum() != 0;
  }

  /**
   * The decimal digits; like CPython 3.11, refuses more than 4300 digits (which also keeps a huge
   * int from costing quadratic time to print).
   */
  @Override
  public String repr() {
    int bits = value.bitLength();
    // 14,280 bits always fit in 4,300 digits; 14,400 bits never do.
    if (bits > 14_400) {
      throw tooManyDigits();
    }
    String s = value.toString();
    if (bits > 14_280 && s.length() - (value.signum() < 0 ? 1 : 0) > MAX_STR_DIGITS) {
      throw tooManyDigits();
    }
    return s;
  }

  private static PyException tooManyDigits() {
    return PyException.valueError(
        "Exceeds the limit (4300 digits) for integer string conversion; "
            + "use sys.set_int_max_str_digits() to increase the limit");
  }
}
