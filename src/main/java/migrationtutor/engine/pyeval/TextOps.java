package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The text algorithms behind the str methods, following CPython's definitions (whitespace, line
 * boundaries, title case, slice-style start/end bounds). Indices count UTF-16 units, which equal
 * Python's code points for text without astral characters.
 */
final class TextOps {
  private TextOps() {}

  /** Python's str.isspace() characters. */
  static boolean isSpace(int c) {
    return c == ' '
        || (c >= 0x09 && c <= 0x0d)
        || (c >= 0x1c && c <= 0x1f)
        || c == 0x85
        || c == 0xa0
        || Character.isSpaceChar(c);
  }

  static List<PyValue> split(String s, String sep, long max, boolean fromRight) {
    if (sep != null && sep.isEmpty()) {
      throw PyException.valueError("empty separator");
    }
    if (max < 0) {
      max = Long.MAX_VALUE;
    }
    List<String> parts = new ArrayList<>();
    if (sep == null) {
      splitWhitespace(s, max, fromRight, parts);
    } else if (!fromRight) {
      int start = 0;
      int idx;
      while (parts.size() < max && (idx = s.indexOf(sep, start)) >= 0) {
        parts.add(s.substring(start, idx));
        start = idx + sep.length();
      }
      parts.add(s.substring(start));
    } else {
      int end = s.length();
      int idx;
      while (parts.size() < max
          && end >= 0
          && (idx = s.lastIndexOf(sep, end - sep.length())) >= 0) {
        parts.add(s.substring(idx + sep.length(), end));
        end = idx;
      }
      parts.add(s.substring(0, end));
      Collections.reverse(parts);
    }
    return StrMethods.strs(parts);
  }

  private static void splitWhitespace(String s, long max, boolean fromRight, List<String> out) {
    if (!fromRight) {
      int i = 0;
      int n = s.length();
      while (true) {
        while (i < n && isSpace(s.charAt(i))) {
          i++;
        }
        if (i >= n) {
          return;
        }
        if (out.size() == max) {
          int end = n;
          while (end > i && isSpace(s.charAt(end - 1))) {
            end--;
          }
          out.add(s.substring(i, end));
          return;
        }
        int start = i;
        while (i < n && !isSpace(s.charAt(i))) {
          i++;
        }
        out.add(s.substring(start, i));
      }
    }
    int i = s.length();
    List<String> rev = new ArrayList<>();
    while (true) {
      while (i > 0 && isSpace(s.charAt(i - 1))) {
        i--;
      }
      if (i <= 0) {
        break;
      }
      if (rev.size() == max) {
        int start = 0;
        while (start < i && isSpace(s.charAt(start))) {
          start++;
        }
        rev.add(s.substring(start, i));
        break;
      }
      int end = i;
      while (i > 0 && !isSpace(s.charAt(i - 1))) {
        i--;
      }
      rev.add(s.substring(i, end));
    }
    Collections.reverse(rev);
    out.addAll(rev);
  }

  static String strip(String s, String chars, boolean left, boolean right) {
    int start = 0;
    int end = s.length();
    while (left && start < end && strippable(s.charAt(start), chars)) {
      start++;
    }
    while (right && end > start && strippable(s.charAt(end - 1), chars)) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean strippable(char c, String chars) {
    return chars == null ? isSpace(c) : chars.indexOf(c) >= 0;
  }

  static String replace(Runtime rt, String s, String old, String rep, long count) {
    if (count < 0) {
      count = Long.MAX_VALUE;
    }
    StringBuilder sb = new StringBuilder();
    if (old.isEmpty()) {
      long done = 0;
      for (int i = 0; i <= s.length(); i++) {
        if (done < count) {
          sb.append(rep);
          done++;
        }
        if (i < s.length()) {
          sb.append(s.charAt(i));
        }
        rt.checkLimit(sb.length());
      }
      rt.chargeSize(sb.length());
      return sb.toString();
    }
    int start = 0;
    int idx;
    long done = 0;
    while (done < count && (idx = s.indexOf(old, start)) >= 0) {
      sb.append(s, start, idx).append(rep);
      start = idx + old.length();
      done++;
      if (sb.length() > rt.limits.maxSize()) {
        rt.checkSize(sb.length());
      }
    }
    sb.append(s.substring(start));
    rt.checkSize(sb.length());
    return sb.toString();
  }

  static String zfill(Runtime rt, String s, long width) {
    if (width <= s.length()) {
      return s;
    }
    rt.checkSize(width);
    String zeros = "0".repeat((int) (width - s.length()));
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      return s.charAt(0) + zeros + s.substring(1);
    }
    return zeros + s;
  }

  static String justify(Runtime rt, String how, String s, long width, char fill) {
    if (width <= s.length()) {
      return s;
    }
    rt.checkSize(width);
    int marg = (int) (width - s.length());
    String f = String.valueOf(fill);
    switch (how) {
      case "ljust":
        return s + f.repeat(marg);
      case "rjust":
        return f.repeat(marg) + s;
      default:
        {
          // CPython's pad(): left = marg / 2 + (marg & width & 1).
          int left = marg / 2 + (int) (marg & width & 1);
          return f.repeat(left) + s + f.repeat(marg - left);
        }
    }
  }

  static List<PyValue> splitlines(String s, boolean keep) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean brk =
          c == '\n'
              || c == '\r'
              || c == 0x0b
              || c == 0x0c
              || c == 0x1c
              || c == 0x1d
              || c == 0x1e
              || c == 0x85
              || c == 0x2028
              || c == 0x2029;
      if (!brk) {
        i++;
        continue;
      }
      int end = i;
      i += (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') ? 2 : 1;
      out.add(s.substring(start, keep ? i : end));
      start = i;
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return StrMethods.strs(out);
  }

  static PyTuple partition(String s, String sep, boolean fromRight) {
    if (sep.isEmpty()) {
      throw PyException.valueError("empty separator");
    }
    int idx = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (idx < 0) {
      return fromRight ? tuple("", "", s) : tuple(s, "", "");
    }
    return tuple(s.substring(0, idx), sep, s.substring(idx + sep.length()));
  }

  private static PyTuple tuple(String a, String b, String c) {
    return new PyTuple(List.of(new PyStr(a), new PyStr(b), new PyStr(c)));
  }

  static String title(String s) {
    StringBuilder sb = new StringBuilder();
    boolean previousCased = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (previousCased) {
        sb.appendCodePoint(Character.toLowerCase(cp));
      } else {
        sb.appendCodePoint(Character.toTitleCase(cp));
      }
      previousCased =
          Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }
    return sb.toString();
  }

  static boolean is(String name, String s) {
    if (name.equals("isascii")) {
      return s.chars().allMatch(c -> c < 128);
    }
    if (name.equals("isidentifier")) {
      return !s.isEmpty()
          && (Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_')
          && s.codePoints()
              .skip(1)
              .allMatch(
                  c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }
    if (s.isEmpty()) {
      return false;
    }
    switch (name) {
      case "isalnum":
        return s.codePoints().allMatch(Character::isLetterOrDigit);
      case "isalpha":
        return s.codePoints().allMatch(Character::isLetter);
      case "isdecimal":
      case "isdigit":
      case "isnumeric":
        return s.codePoints().allMatch(Character::isDigit);
      case "isspace":
        return s.chars().allMatch(TextOps::isSpace);
      case "islower":
        return s.codePoints().anyMatch(Character::isLowerCase)
            && s.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
      case "isupper":
        return s.codePoints().anyMatch(Character::isUpperCase)
            && s.codePoints().noneMatch(c -> Character.isLowerCase(c) || Character.isTitleCase(c));
      default:
        return title(s).equals(s) && s.codePoints().anyMatch(Character::isLetter);
    }
  }

  /** start and end of a str method's optional slice arguments, clamped as slices are. */
  static long[] bounds(String s, PyValue start, PyValue end) {
    long[] ix = Subscripts.sliceIndices(start, end, PyNone.NONE, s.length());
    return new long[] {ix[0], Math.max(ix[0], ix[1])};
  }

  /** The part of s between optional start/end, or null if start is past the end. */
  static String window(String s, PyValue start, PyValue end) {
    long st = start == PyNone.NONE ? 0 : Arity.intArg(start);
    if (st < 0) {
      st = Math.max(0, st + s.length());
    }
    if (st > s.length()) {
      return null;
    }
    long[] b = bounds(s, start, end);
    return s.substring((int) b[0], (int) Math.max(b[0], b[1]));
  }

  static long count(String s, String sub, int start, int end) {
    if (start > s.length()) {
      return 0;
    }
    if (sub.isEmpty()) {
      return end - start + 1;
    }
    long n = 0;
    int i = start;
    while ((i = s.indexOf(sub, i)) >= 0 && i + sub.length() <= end) {
      n++;
      i += sub.length();
    }
    return n;
  }

  static long find(String s, String sub, int start, int end, boolean reverse) {
    if (start > s.length() || end - start < sub.length()) {
      return -1;
    }
    String window = s.substring(start, end);
    int i = reverse ? window.lastIndexOf(sub) : window.indexOf(sub);
    return i < 0 ? -1 : i + start;
  }
}
