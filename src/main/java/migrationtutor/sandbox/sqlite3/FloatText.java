package migrationtutor.sandbox.sqlite3;

/**
 * SQLite 3.40's rendering of a REAL with {@code %!.Ng} (sqlite3_str_vappendf, printf.c): how {@code
 * sqlite3_column_text()} shows a float ({@code %!.15g}) and how the shell's quote, insert and json
 * modes do ({@code %!.20g}). The '!' flag keeps ".0" on whole numbers, and the digits come from
 * long double arithmetic (see {@link X87}), as on the x86-64 build the course shows.
 */
final class FloatText {
  private static final double[] ROUND = {
    5.0e-01, 5.0e-02, 5.0e-03, 5.0e-04, 5.0e-05, 5.0e-06, 5.0e-07, 5.0e-08, 5.0e-09, 5.0e-10,
  };

  private FloatText() {}

  /** What {@code sqlite3_column_text()} of SQLite 3.40 returns for a REAL value. */
  static String text(double v) {
    return generic(v, 15);
  }

  /** {@code %!.<precision>g}. */
  static String generic(double value, int precision) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    StringBuilder out = new StringBuilder();
    double r = value;
    if (r < 0.0) {
      r = -r;
      out.append('-');
    }
    if (Double.isInfinite(r)) {
      // The normalisation loops give up past exp 350 and print "Inf".
      return out.append("Inf").toString();
    }
    if (precision > 0) {
      precision--;
    }
    int idx = precision & 0xfff;
    double rounder = ROUND[idx % 10];
    while (idx >= 10) {
      rounder *= 1.0e-10;
      idx -= 10;
    }
    X87 real = X87.of(r);
    int exp = 0;
    if (!real.isZero()) {
      X87 scale = X87.of(1.0);
      while (real.compareTo(X87.of(1e100).multiply(scale)) >= 0 && exp <= 350) {
        scale = scale.multiply(X87.of(1e100));
        exp += 100;
      }
      while (real.compareTo(X87.of(1e10).multiply(scale)) >= 0 && exp <= 350) {
        scale = scale.multiply(X87.of(1e10));
        exp += 10;
      }
      while (real.compareTo(X87.of(10.0).multiply(scale)) >= 0 && exp <= 350) {
        scale = scale.multiply(X87.of(10.0));
        exp++;
      }
      real = real.divide(scale);
      while (real.compareTo(1e-8) < 0) {
        real = real.multiply(X87.of(1e8));
        exp -= 8;
      }
      while (real.compareTo(1.0) < 0) {
        real = real.multiply(X87.of(10.0));
        exp--;
      }
      if (exp > 350) {
        return out.append("Inf").toString();
      }
    }
    real = real.add(X87.of(rounder));
    if (real.compareTo(10.0) >= 0) {
      real = real.multiply(X87.of(0.1));
      exp++;
    }
    boolean expForm = exp < -4 || exp > precision;
    int e2 = expForm ? 0 : exp;
    if (!expForm) {
      precision -= exp;
    }
    int[] nsd = {26};
    X87[] val = {real};
    if (e2 < 0) {
      out.append('0');
    } else {
      for (; e2 >= 0; e2--) {
        out.append(digit(val, nsd));
      }
    }
    out.append('.');
    for (e2++; e2 < 0; precision--, e2++) {
      out.append('0');
    }
    while (precision-- > 0) {
      out.append(digit(val, nsd));
    }
    int end = out.length();
    while (out.charAt(end - 1) == '0') {
      end--;
    }
    out.setLength(end);
    if (out.charAt(end - 1) == '.') {
      out.append('0');
    }
    if (expForm) {
      out.append('e');
      if (exp < 0) {
        out.append('-');
        exp = -exp;
      } else {
        out.append('+');
      }
      if (exp >= 100) {
        out.append((char) (exp / 100 + '0'));
        exp %= 100;
      }
      out.append((char) (exp / 10 + '0')).append((char) (exp % 10 + '0'));
    }
    return out.toString();
  }

  /** printf.c et_getdigit. */
  private static char digit(X87[] val, int[] cnt) {
    if (cnt[0] <= 0) {
      return '0';
    }
    cnt[0]--;
    int d = val[0].truncate();
    val[0] = val[0].subtract(X87.of(d)).multiply(X87.of(10.0));
    return (char) ('0' + d);
  }
}
