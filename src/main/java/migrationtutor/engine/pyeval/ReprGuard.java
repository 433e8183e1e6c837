package migrationtutor.engine.pyeval;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Guards repr() of containers against containing themselves: CPython's {@code Py_ReprEnter} prints
 * {@code [[...]]} for a list that contains itself instead of recursing forever.
 */
final class ReprGuard {
  private static final ThreadLocal<Map<Object, Boolean>> ACTIVE =
      ThreadLocal.withInitial(IdentityHashMap::new);

  private ReprGuard() {}

  /** Marks a container as being printed; false if it already is (a cycle). */
  static boolean enter(Object container) {
    return ACTIVE.get().put(container, Boolean.TRUE) == null;
  }

  /** Ends printing a container entered with {@link #enter}. */
  static void leave(Object container) {
    ACTIVE.get().remove(container);
  }
}
