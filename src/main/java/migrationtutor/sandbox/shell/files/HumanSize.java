package migrationtutor.sandbox.shell.files;

import java.math.BigInteger;

/**
 * Sizes as {@code ls -h} prints them (gnulib's {@code human_readable} with {@code human_ceiling},
 * powers of 1024): {@code 512}, {@code 1.3K}, {@code 4.0K}, {@code 12K}, {@code 1.5M}; values below
 * 10 keep one decimal, and every value is rounded up.
 */
final class HumanSize {
  private static final String UNITS = "KMGTPEZY";
  private static final BigInteger K = BigInteger.valueOf(1024);

  private HumanSize() {}

  static String format(long bytes) {
    if (bytes < 1024) {
      return Long.toString(bytes);
    }
    BigInteger n = BigInteger.valueOf(bytes);
    int power = 0;
    BigInteger base = BigInteger.ONE;
    while (n.compareTo(base.multiply(K)) >= 0 && power < UNITS.length()) {
      base = base.multiply(K);
      power++;
    }
    while (true) {
      BigInteger[] tenths = n.multiply(BigInteger.TEN).divideAndRemainder(base);
      long t = tenths[0].longValue() + (tenths[1].signum() > 0 ? 1 : 0);
      if (t < 100) {
        return t / 10 + "." + t % 10 + UNITS.charAt(power - 1);
      }
      BigInteger[] whole = n.divideAndRemainder(base);
      long w = whole[0].longValue() + (whole[1].signum() > 0 ? 1 : 0);
      if (w < 1024 || power == UNITS.length()) {
        return w + String.valueOf(UNITS.charAt(power - 1));
      }
      base = base.multiply(K);
      power++;
    }
  }
}
