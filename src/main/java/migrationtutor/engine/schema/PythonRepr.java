package migrationtutor.engine.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code repr()} and {@code str()} for Python values held as Java objects.
 *
 * <p>The engine holds the Python values of a migration script as: {@code None} → {@code null},
 * {@code bool} → {@link Boolean}, {@code int} → {@link Long} or {@link BigInteger} (an {@link
 * Integer} is accepted too), {@code float} → {@link Double}, {@code str} → {@link String}, {@code
 * bytes} → {@code byte[]}, {@code decimal.Decimal} → {@link BigDecimal} (built from the literal
 * text, so the scale is kept), {@code datetime.date} → {@link LocalDate}, {@code datetime.datetime}
 * → {@link LocalDateTime} (naive) or {@link OffsetDateTime} (aware), {@code datetime.time} → {@link
 * LocalTime}, {@code datetime.timedelta} → {@link Duration}, {@code list} and {@code tuple} →
 * {@link List}, {@code dict} → {@link Map} (insertion-ordered).
 */
public final class PythonRepr {
  private PythonRepr() {}

  /** Python's {@code repr(value)}. */
  public static String repr(Object value) {
    if (value == null) {
      return "None";
    } else if (value instanceof Boolean b) {
      return b ? "True" : "False";
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof BigInteger
        || value instanceof Short
        || value instanceof Byte) {
      return value.toString();
    } else if (value instanceof Double d) {
      return floatRepr(d);
    } else if (value instanceof Float f) {
      return floatRepr(f.doubleValue());
    } else if (value instanceof BigDecimal d) {
      return "Decimal('" + d.toString() + "')";
    } else if (value instanceof String s) {
      return strRepr(s);
    } else if (value instanceof byte[] bytes) {
      return bytesRepr(bytes);
    } else if (value instanceof LocalDate d) {
      return "datetime.date("
          + d.getYear()
          + ", "
          + d.getMonthValue()
          + ", "
          + d.getDayOfMonth()
          + ")";
    } else if (value instanceof LocalDateTime dt) {
      return datetimeRepr(dt, null);
    } else if (value instanceof OffsetDateTime dt) {
      return datetimeRepr(dt.toLocalDateTime(), dt.getOffset());
    } else if (value instanceof LocalTime t) {
      return "datetime.time(" + timeArgs(t) + ")";
    } else if (value instanceof Duration d) {
      return timedeltaRepr(d);
    } else if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(repr(list.get(i)));
      }
      return out.append(']').toString();
    } else if (value instanceof Map<?, ?> map) {
      StringBuilder out = new StringBuilder("{");
      Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        out.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
        out.append(it.hasNext() ? ", " : "");
      }
      return out.append('}').toString();
    }
    throw new IllegalArgumentException(
        "not a Python value the engine knows: " + value.getClass().getName());
  }

  /** Python's {@code repr(tuple(values))}: {@code (1,)} for one element, {@code ()} for none. */
  public static String tupleRepr(List<?> values) {
    StringBuilder out = new StringBuilder("(");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(repr(values.get(i)));
    }
    return out.append(values.size() == 1 ? ",)" : ")").toString();
  }

  /** Python's {@code str(value)}: the text itself for a str, ISO forms for dates, else repr. */
  public static String str(Object value) {
    if (value instanceof String s) {
      return s;
    } else if (value instanceof BigDecimal d) {
      return d.toString();
    } else if (value instanceof LocalDate d) {
      return isoDate(d);
    } else if (value instanceof LocalDateTime dt) {
      return isoDate(dt.toLocalDate()) + " " + isoTime(dt.toLocalTime());
    } else if (value instanceof OffsetDateTime dt) {
      return isoDate(dt.toLocalDate()) + " " + isoTime(dt.toLocalTime()) + isoOffset(dt);
    } else if (value instanceof LocalTime t) {
      return isoTime(t);
    } else if (value instanceof Duration d) {
      return timedeltaStr(d);
    }
    return repr(value);
  }

  // str(timedelta): "1 day, 0:00:05", "-1 day, 23:59:59.500000", "0:00:01".
  private static String timedeltaStr(Duration d) {
    long days = Math.floorDiv(d.getSeconds(), 86400);
    long rest = Math.floorMod(d.getSeconds(), 86400);
    String hms =
        String.format("%d:%02d:%02d", rest / 3600, rest % 3600 / 60, rest % 60)
            + (d.getNano() > 0 ? String.format(".%06d", d.getNano() / 1000) : "");
    return days == 0 ? hms : days + (Math.abs(days) == 1 ? " day, " : " days, ") + hms;
  }

  /**
   * Python's {@code repr(float)}: the shortest decimal that reads back as the same double, in fixed
   * notation unless the decimal point lies more than 16 digits right or 4 digits left of the first
   * digit ({@code 1e+16}, {@code 1e-05}, {@code 0.0001}, {@code 1000000000000000.0}).
   */
  public static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    } else if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    } else if (d == 0) {
      return 1 / d < 0 ? "-0.0" : "0.0";
    }
    BigDecimal shortest = shortestRoundTrip(Math.abs(d)).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int decpt = digits.length() - shortest.scale();
    String sign = d < 0 ? "-" : "";
    if (decpt <= -4 || decpt > 16) {
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      int exp = decpt - 1;
      String expDigits = String.valueOf(Math.abs(exp));
      return sign
          + mantissa
          + "e"
          + (exp < 0 ? "-" : "+")
          + (expDigits.length() < 2 ? "0" : "")
          + expDigits;
    } else if (decpt <= 0) {
      return sign + "0." + "0".repeat(-decpt) + digits;
    } else if (decpt >= digits.length()) {
      return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
    }
    return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
  }

  private static BigDecimal shortestRoundTrip(double positive) {
    BigDecimal exact = new BigDecimal(positive);
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      BigDecimal unit =
          BigDecimal.ONE.scaleByPowerOfTen(nearest.precision() - nearest.scale() - precision);
      BigDecimal best = null;
      // The nearest p-digit decimal normally round-trips; next to a power of two the rounding
      // interval is lopsided, so its neighbours are tried too (David Gay's shortest repr).
      for (BigDecimal candidate :
          new BigDecimal[] {nearest, nearest.add(unit), nearest.subtract(unit)}) {
        if (candidate.signum() > 0
            && candidate.doubleValue() == positive
            && (best == null
                || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
          best = candidate;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return exact.round(MathContext.DECIMAL64);
  }

  /** Python's {@code repr(str)}: single quotes unless only single quotes occur inside. */
  public static String strRepr(String s) {
    return migrationtutor.engine.util.PythonRepr.ofString(s);
  }

  /** Python's {@code repr(bytes)}: {@code b'...'} with {@code \xNN} for non-ASCII bytes. */
  public static String bytesRepr(byte[] bytes) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte b : bytes) {
      hasSingle |= b == '\'';
      hasDouble |= b == '"';
    }
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder out = new StringBuilder("b").append(quote);
    for (byte raw : bytes) {
      int b = raw & 0xff;
      if (b == quote || b == '\\') {
        out.append('\\').append((char) b);
      } else if (b == '\t') {
        out.append("\\t");
      } else if (b == '\n') {
        out.append("\\n");
      } else if (b == '\r') {
        out.append("\\r");
      } else if (b < 0x20 || b >= 0x7f) {
        out.append(String.format("\\x%02x", b));
      } else {
        out.append((char) b);
      }
    }
    return out.append(quote).toString();
  }

  private static String datetimeRepr(LocalDateTime dt, ZoneOffset offset) {
    String args =
        dt.getYear()
            + ", "
            + dt.getMonthValue()
            + ", "
            + dt.getDayOfMonth()
            + ", "
            + timeArgs(dt.toLocalTime());
    String tz = offset == null ? "" : ", tzinfo=" + timezoneRepr(offset);
    return "datetime.datetime(" + args + tz + ")";
  }

  // datetime/time reprs always show hour and minute, then second and microsecond only if set.
  private static String timeArgs(LocalTime t) {
    int micro = t.getNano() / 1000;
    String args = t.getHour() + ", " + t.getMinute();
    if (micro != 0) {
      return args + ", " + t.getSecond() + ", " + micro;
    }
    return t.getSecond() != 0 ? args + ", " + t.getSecond() : args;
  }

  private static String timezoneRepr(ZoneOffset offset) {
    if (offset.getTotalSeconds() == 0) {
      return "datetime.timezone.utc";
    }
    return "datetime.timezone(" + timedeltaRepr(Duration.ofSeconds(offset.getTotalSeconds())) + ")";
  }

  // timedelta normalises to days (may be negative), 0 <= seconds < 86400, 0 <= microseconds.
  private static String timedeltaRepr(Duration d) {
    long totalMicros = d.getSeconds() * 1_000_000L + d.getNano() / 1000;
    long days = Math.floorDiv(totalMicros, 86_400_000_000L);
    long rest = Math.floorMod(totalMicros, 86_400_000_000L);
    long seconds = rest / 1_000_000L;
    long micros = rest % 1_000_000L;
    StringBuilder args = new StringBuilder();
    if (days != 0) {
      args.append("days=").append(days);
    }
    if (seconds != 0) {
      args.append(args.length() > 0 ? ", " : "").append("seconds=").append(seconds);
    }
    if (micros != 0) {
      args.append(args.length() > 0 ? ", " : "").append("microseconds=").append(micros);
    }
    return "datetime.timedelta(" + (args.length() == 0 ? "0" : args) + ")";
  }

  private static String isoDate(LocalDate d) {
    return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  private static String isoTime(LocalTime t) {
    String hms = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    int micro = t.getNano() / 1000;
    return micro == 0 ? hms : hms + String.format(".%06d", micro);
  }

  private static String isoOffset(OffsetDateTime dt) {
    int total = dt.getOffset().getTotalSeconds();
    int abs = Math.abs(total);
    return String.format("%s%02d:%02d", total < 0 ? "-" : "+", abs / 3600, abs % 3600 / 60);
  }
}
