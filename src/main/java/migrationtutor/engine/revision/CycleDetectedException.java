package migrationtutor.engine.revision;

import java.util.List;

/** The revisions' down revisions or dependencies form a cycle or a self-loop. */
public final class CycleDetectedException extends RevisionException {
  private static final long serialVersionUID = 1L;

  /** Which of Alembic's four cycle classes this stands for; {@link #label()} starts the message. */
  public enum Kind {
    /** {@code CycleDetected}. */
    CYCLE("Cycle"),
    /** {@code DependencyCycleDetected}. */
    DEPENDENCY_CYCLE("Dependency cycle"),
    /** {@code LoopDetected}: a revision names itself as a down revision. */
    SELF_LOOP("Self-loop"),
    /** {@code DependencyLoopDetected}: a revision depends on itself. */
    DEPENDENCY_SELF_LOOP("Dependency self-loop");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The message prefix Alembic uses for this kind. */
    public String label() {
      return label;
    }
  }

  private final Kind kind;
  private final List<String> revisions;

  CycleDetectedException(Kind kind, List<String> revisions) {
    // Alembic: "%s is detected in revisions (%s)" % (kind, ", ".join(revisions))
    super(kind.label() + " is detected in revisions (" + String.join(", ", revisions) + ")");
    this.kind = kind;
    this.revisions = List.copyOf(revisions);
  }

  public Kind kind() {
    return kind;
  }

  /** The revisions involved, in the order Alembic lists them. */
  public List<String> revisions() {
    return revisions;
  }
}
