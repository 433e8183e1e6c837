package migrationtutor.engine.pyeval;

/**
 * Strict or tolerant evaluation. Strict evaluation (revision scripts) first checks the module
 * against a {@link Subset} and refuses constructs outside it; tolerant evaluation (env.py,
 * application modules) runs everything it can and carries {@link PyUnknown} values through.
 *
 * @param subset the allowed subset, or null for no check
 * @param isTolerant whether withheld builtins such as {@code open()} yield unknown values (with a
 *     note) instead of raising
 * @param unknownTruth decides branches on unknown values
 */
public record EvalPolicy(Subset subset, boolean isTolerant, UnknownTruth unknownTruth) {
  public EvalPolicy {
    java.util.Objects.requireNonNull(unknownTruth);
  }

  /** Strict evaluation within a subset. */
  public static EvalPolicy strict(Subset subset) {
    return new EvalPolicy(
        java.util.Objects.requireNonNull(subset), false, UnknownTruth.FALSE_WITH_NOTE);
  }

  /** Strict evaluation of revision scripts ({@link Subset#REVISION_SCRIPT}). */
  public static EvalPolicy revisionScript() {
    return strict(Subset.REVISION_SCRIPT);
  }

  /** Tolerant evaluation: no subset, unknown values treated as false in branches. */
  public static EvalPolicy tolerant() {
    return new EvalPolicy(null, true, UnknownTruth.FALSE_WITH_NOTE);
  }

  /** This policy with another way of deciding branches on unknown values. */
  public EvalPolicy withUnknownTruth(UnknownTruth hook) {
    return new EvalPolicy(subset, isTolerant, hook);
  }
}
