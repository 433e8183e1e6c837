package migrationtutor.engine.pyeval;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A strict evaluation refused to run a module because it uses constructs outside its {@link
 * Subset}; nothing was executed. The message lists every violation, one per line.
 */
public final class SubsetError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<SubsetViolation> violations;
  private final String file;

  SubsetError(String file, List<SubsetViolation> violations) {
    super(
        violations.stream().map(SubsetViolation::toString).collect(Collectors.joining("\n")),
        null,
        false,
        false);
    this.file = file;
    this.violations = List.copyOf(violations);
  }

  /** The violations in source order. */
  public List<SubsetViolation> violations() {
    return violations;
  }

  /** The file that was checked. */
  public String file() {
    return file;
  }
}
