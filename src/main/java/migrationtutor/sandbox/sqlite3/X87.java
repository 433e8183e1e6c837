package migrationtutor.sandbox.sqlite3;

import java.math.BigInteger;

/**
 * A non-negative x87 extended-precision ("long double") number: a 64-bit significand and a binary
 * exponent, every operation rounded to nearest-even as the FPU does. SQLite 3.40's printf renders
 * REAL values with long double arithmetic on x86-64 Linux, and its digits beyond the 17th (shown by
 * {@code .mode quote}, {@code .mode insert} and {@code .dump}) are artefacts of exactly this
 * rounding, so only an exact emulation prints the same text.
 */
final class X87 {
  static final X87 ZERO = new X87(BigInteger.ZERO, 0);

  private static final int BITS = 64;

  /** value = mantissa * 2^exponent; mantissa has exactly 64 bits unless zero. */
  private final BigInteger mantissa;

  private final int exponent;

  private X87(BigInteger mantissa, int exponent) {
    this.mantissa = mantissa;
    this.exponent = exponent;
  }

  /** The exact value of a finite, non-negative double. */
  static X87 of(double d) {
    if (d == 0) {
      return ZERO;
    }
    long bits = Double.doubleToRawLongBits(d);
    int biased = (int) ((bits >>> 52) & 0x7ff);
    long frac = bits & ((1L << 52) - 1);
    long m = biased == 0 ? frac : frac | (1L << 52);
    int e = biased == 0 ? -1074 : biased - 1075;
    return round(BigInteger.valueOf(m), e, false);
  }

  X87 add(X87 o) {
    if (mantissa.signum() == 0) {
      return o;
    }
    if (o.mantissa.signum() == 0) {
      return this;
    }
    int e = Math.min(exponent, o.exponent);
    BigInteger a = mantissa.shiftLeft(exponent - e);
    BigInteger b = o.mantissa.shiftLeft(o.exponent - e);
    return round(a.add(b), e, false);
  }

  /** this - o, where o is not larger than this (true wherever the printf code subtracts). */
  X87 subtract(X87 o) {
    if (o.mantissa.signum() == 0) {
      return this;
    }
    int e = Math.min(exponent, o.exponent);
    BigInteger a = mantissa.shiftLeft(exponent - e);
    BigInteger b = o.mantissa.shiftLeft(o.exponent - e);
    BigInteger d = a.subtract(b);
    return d.signum() <= 0 ? ZERO : round(d, e, false);
  }

  X87 multiply(X87 o) {
    if (mantissa.signum() == 0 || o.mantissa.signum() == 0) {
      return ZERO;
    }
    return round(mantissa.multiply(o.mantissa), exponent + o.exponent, false);
  }

  X87 divide(X87 o) {
    if (mantissa.signum() == 0) {
      return ZERO;
    }
    int k = Math.max(0, BITS + 3 + o.mantissa.bitLength() - mantissa.bitLength());
    BigInteger[] qr = mantissa.shiftLeft(k).divideAndRemainder(o.mantissa);
    return round(qr[0], exponent - k - o.exponent, qr[1].signum() != 0);
  }

  int compareTo(X87 o) {
    if (mantissa.signum() == 0 || o.mantissa.signum() == 0) {
      return mantissa.signum() - o.mantissa.signum();
    }
    int e = Math.min(exponent, o.exponent);
    return mantissa.shiftLeft(exponent - e).compareTo(o.mantissa.shiftLeft(o.exponent - e));
  }

  int compareTo(double d) {
    return compareTo(of(d));
  }

  /** C's {@code (int)x}: truncation toward zero (the printf digits are always 0..9). */
  int truncate() {
    if (mantissa.signum() == 0) {
      return 0;
    }
    BigInteger v = exponent >= 0 ? mantissa.shiftLeft(exponent) : mantissa.shiftRight(-exponent);
    return v.intValue();
  }

  boolean isZero() {
    return mantissa.signum() == 0;
  }

  /** Rounds m * 2^e to 64 significant bits, nearest-even; sticky says bits below m were lost. */
  private static X87 round(BigInteger m, int e, boolean sticky) {
    if (m.signum() == 0) {
      return ZERO;
    }
    int len = m.bitLength();
    if (len <= BITS) {
      return new X87(m.shiftLeft(BITS - len), e - (BITS - len));
    }
    int shift = len - BITS;
    BigInteger q = m.shiftRight(shift);
    BigInteger rem = m.subtract(q.shiftLeft(shift));
    BigInteger half = BigInteger.ONE.shiftLeft(shift - 1);
    int c = rem.compareTo(half);
    if (c > 0 || (c == 0 && (sticky || q.testBit(0)))) {
      q = q.add(BigInteger.ONE);
      if (q.bitLength() > BITS) {
        q = q.shiftRight(1);
        shift++;
      }
    }
    return new X87(q, e + shift);
  }
}
