package migrationtutor.engine.revision;

import java.util.List;

/** A symbol such as {@code head} that needs one revision matched several heads. */
public final class MultipleHeadsException extends RevisionException {
  private static final long serialVersionUID = 1L;

  private final List<String> heads;
  private final String argument;

  MultipleHeadsException(List<String> heads, String argument) {
    // Alembic: "Multiple heads are present for given argument '%s'; %s"
    super(
        "Multiple heads are present for given argument '"
            + argument
            + "'; "
            + String.join(", ", heads));
    this.heads = List.copyOf(heads);
    this.argument = argument;
  }

  /** The heads that matched. */
  public List<String> heads() {
    return heads;
  }

  /** The argument as Alembic formats it with {@code %s} (e.g. {@code head}, {@code br@head}). */
  public String argument() {
    return argument;
  }
}
