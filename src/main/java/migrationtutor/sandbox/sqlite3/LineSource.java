package migrationtutor.sandbox.sqlite3;

import java.util.Iterator;
import java.util.List;

/** The shell's standard input, one line at a time. */
@FunctionalInterface
public interface LineSource {
  /** The next line without its line terminator, or null at the end of input. */
  String readLine();

  /** No input at all, as for {@code sqlite3 db "SQL" < /dev/null}. */
  static LineSource empty() {
    return () -> null;
  }

  /** The given lines, then end of input. */
  static LineSource of(List<String> lines) {
    Iterator<String> it = List.copyOf(lines).iterator();
    return () -> it.hasNext() ? it.next() : null;
  }
}
