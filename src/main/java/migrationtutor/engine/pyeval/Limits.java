package migrationtutor.engine.pyeval;

/**
 * How much one run of the interpreter may do, so that any input ends quickly and safely.
 *
 * @param maxSteps evaluated nodes per run (building big strings and lists costs steps too)
 * @param maxCallDepth nested calls of Python functions before RecursionError
 * @param maxSize elements or characters one produced str, list, tuple, dict or set may have
 * @param maxIntBits bits an int may have (so {@code 10 ** 10 ** 10} fails at once)
 */
public record Limits(long maxSteps, int maxCallDepth, int maxSize, int maxIntBits) {
  /** Two million steps, depth 200, ten million elements, a million bits. */
  public static final Limits DEFAULT = new Limits(2_000_000, 200, 10_000_000, 1_000_000);

  public Limits {
    if (maxSteps < 1 || maxCallDepth < 1 || maxSize < 1 || maxIntBits < 64) {
      throw new IllegalArgumentException("limits must be positive (maxIntBits at least 64)");
    }
  }

  /** These limits with another step budget. */
  public Limits withMaxSteps(long steps) {
    return new Limits(steps, maxCallDepth, maxSize, maxIntBits);
  }

  /** These limits with another call depth. */
  public Limits withMaxCallDepth(int depth) {
    return new Limits(maxSteps, depth, maxSize, maxIntBits);
  }

  /** These limits with another size cap. */
  public Limits withMaxSize(int size) {
    return new Limits(maxSteps, maxCallDepth, size, maxIntBits);
  }
}
