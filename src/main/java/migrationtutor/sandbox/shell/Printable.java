package migrationtutor.sandbox.shell;

/**
 * Text from the learner made safe to print in a message: control characters (which could move the
 * cursor or change colours) are shown as {@code ^A}, {@code ^[} and the like.
 */
public final class Printable {
  private Printable() {}

  /** {@code s} with control characters made visible. */
  public static String of(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 && c != '\t' || c == 0x7f || c >= 0x80 && c < 0xa0;
      if (control && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (b != null) {
        if (control) {
          b.append(
              c == 0x7f ? "^?" : c < 0x20 ? "^" + (char) (c + 64) : "\\u" + Integer.toHexString(c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /** {@code s} in single quotes, as GNU tools quote file names in their messages. */
  public static String quoted(String s) {
    return "'" + of(s) + "'";
  }
}
