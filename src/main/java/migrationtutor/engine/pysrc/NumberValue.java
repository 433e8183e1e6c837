package migrationtutor.engine.pysrc;

import java.math.BigInteger;

/** Computes the value of a NUMBER token, as CPython's parsenumber. */
final class NumberValue {
  private NumberValue() {}

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** The Constant for a number token already checked by the lexer. */
  static Expr.Constant constant(Token tok, Tokens t) {
    String text = tok.text();
    String digits = text.replace("_", "");
    char last = Character.toLowerCase(digits.charAt(digits.length() - 1));
    try {
      if (last == 'j') {
        double imag = Double.parseDouble(digits.substring(0, digits.length() - 1));
        return new Expr.Constant(tok.span(), Expr.Constant.Kind.COMPLEX, imag, text);
      }
      if (isInteger(digits)) {
        return new Expr.Constant(tok.span(), Expr.Constant.Kind.INT, integer(digits, tok, t), text);
      }
      double value = Double.parseDouble(digits);
      return new Expr.Constant(tok.span(), Expr.Constant.Kind.FLOAT, value, text);
    } catch (NumberFormatException e) {
      throw t.error(tok, "invalid number literal");
    }
  }

  private static boolean isInteger(String digits) {
    if (digits.length() > 1 && digits.charAt(0) == '0' && "xXoObB".indexOf(digits.charAt(1)) >= 0) {
      return true;
    }
    return digits.indexOf('.') < 0 && digits.indexOf('e') < 0 && digits.indexOf('E') < 0;
  }

  /** CPython's limit on decimal digits converted to int (sys.get_int_max_str_digits()). */
  static final int MAX_DECIMAL_DIGITS = 4300;

  private static Object integer(String digits, Token tok, Tokens t) {
    int radix = 10;
    String body = digits;
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      switch (Character.toLowerCase(digits.charAt(1))) {
        case 'x' -> radix = 16;
        case 'o' -> radix = 8;
        case 'b' -> radix = 2;
        default -> radix = 10;
      }
      if (radix != 10) {
        body = digits.substring(2);
      }
    }
    BigInteger big;
    if (radix == 10) {
      String significant = body.replaceFirst("^0+(?=.)", "");
      if (significant.length() > MAX_DECIMAL_DIGITS) {
        throw t.error(
            tok,
            "Exceeds the limit ("
                + MAX_DECIMAL_DIGITS
                + " digits) for integer "
                + "string conversion: value has "
                + significant.length()
                + " digits; use "
                + "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                + "huge integer literals to avoid decimal conversion limits.");
      }
      big = new BigInteger(significant);
    } else {
      big = powerOfTwoRadix(body, radix);
    }
    if (big.compareTo(LONG_MIN) >= 0 && big.compareTo(LONG_MAX) <= 0) {
      return big.longValue();
    }
    return big;
  }

  /** Converts hex, octal or binary digits in linear time (BigInteger's parser is quadratic). */
  private static BigInteger powerOfTwoRadix(String body, int radix) {
    int bitsPerDigit = Integer.numberOfTrailingZeros(radix);
    long totalBits = (long) body.length() * bitsPerDigit;
    byte[] bytes = new byte[(int) ((totalBits + 7) / 8) + 1];
    long bit = 0;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = Character.digit(body.charAt(i), radix);
      for (int b = 0; b < bitsPerDigit; b++, bit++) {
        if ((d >> b & 1) != 0) {
          bytes[bytes.length - 1 - (int) (bit / 8)] |= (byte) (1 << (bit % 8));
        }
      }
    }
    return new BigInteger(bytes);
  }
}
