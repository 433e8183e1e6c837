package migrationtutor.sandbox.shell;

import java.util.Comparator;

/**
 * The order in which the shell lists names (glob results, {@code ls}, {@code tree}, {@code grep
 * -r}): by Unicode code point, which is what bash, GNU ls and tree do in the C.UTF-8 locale, so
 * {@code Makefile} comes before {@code alembic}.
 */
public final class NameOrder {
  /** Compares names by code point. */
  public static final Comparator<String> BY_CODE_POINT = NameOrder::compare;

  private NameOrder() {}

  /** Compares {@code a} and {@code b} by code point. */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
