package migrationtutor.engine.pyeval;

import java.util.function.Consumer;
import migrationtutor.engine.pysrc.Span;

/**
 * Decides the truth of a {@link PyUnknown} where a tolerant evaluation must branch on it ({@code
 * if}, {@code while}, {@code and}/{@code or}, {@code not}).
 */
@FunctionalInterface
public interface UnknownTruth {
  /** Treats every unknown as false and notes it, so an env.py takes its simplest path. */
  UnknownTruth FALSE_WITH_NOTE =
      (unknown, file, span, notes) -> {
        notes.accept(
            "the tutor cannot know the value of "
                + unknown.origin()
                + "; it is treated as false here");
        return false;
      };

  /**
   * The truth of an unknown value.
   *
   * @param notes records an {@link EvalNote} at this place
   */
  boolean truthOf(PyUnknown unknown, String file, Span span, Consumer<String> notes);
}
