package migrationtutor.engine.pyeval;

import migrationtutor.engine.pysrc.Span;

/**
 * The script used up its step budget ({@link Limits#maxSteps()}): most likely a loop that never
 * ends. Unlike a {@link PyException} a script cannot catch it with {@code try}.
 */
public final class EvalLimitError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Span span;
  private final String file;
  private final String function;

  EvalLimitError(long steps, Span span, String file, String function) {
    super(
        "the script did not finish after " + steps + " steps; is there a loop that never ends?",
        null,
        false,
        false);
    this.span = span;
    this.file = file;
    this.function = function;
  }

  /** Where evaluation was when the budget ran out, or null. */
  public Span span() {
    return span;
  }

  /** The file evaluation was in, or null. */
  public String file() {
    return file;
  }

  /** The function evaluation was in ({@code <module>} at module level), or null. */
  public String function() {
    return function;
  }
}
