package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameter list of a {@code def} or {@code lambda}, as CPython's {@code arguments}:
 * positional-only ones (before {@code /}), regular ones, {@code *varArg} (or null), keyword-only
 * ones, and {@code **kwArg} (or null).
 */
public record Params(
    List<Param> posOnly, List<Param> regular, Param varArg, List<Param> kwOnly, Param kwArg) {
  /** Copies the lists so the record is immutable. */
  public Params {
    posOnly = Checks.list(posOnly);
    regular = Checks.list(regular);
    kwOnly = Checks.list(kwOnly);
  }

  /** No parameters at all. */
  public static Params empty() {
    return new Params(List.of(), List.of(), null, List.of(), null);
  }

  /** Every parameter in source order. */
  public List<Param> all() {
    List<Param> all = new ArrayList<>(posOnly);
    all.addAll(regular);
    if (varArg != null) {
      all.add(varArg);
    }
    all.addAll(kwOnly);
    if (kwArg != null) {
      all.add(kwArg);
    }
    return List.copyOf(all);
  }
}
