package migrationtutor.engine.stdlib;

import java.util.List;
import migrationtutor.engine.pyeval.PyValue;

/**
 * The {@code msg % args} formatting that logging calls and {@code config.print_stdout(text, *arg)}
 * apply to their positional arguments.
 */
public final class Percent {
  private Percent() {}

  /** Formats {@code message % args} for {@code %s}, {@code %r} and {@code %d}-style fields. */
  public static String format(String message, List<PyValue> args) {
    StringBuilder sb = new StringBuilder();
    int next = 0;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c != '%' || i + 1 >= message.length()) {
        sb.append(c);
        continue;
      }
      char conv = message.charAt(++i);
      if (conv == '%') {
        sb.append('%');
      } else if (next < args.size()) {
        PyValue v = args.get(next++);
        sb.append(conv == 'r' ? v.repr() : v.str());
      } else {
        sb.append('%').append(conv);
      }
    }
    return sb.toString();
  }
}
