package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One migration revision as declared in its script: id, down revisions, branch labels, depends_on.
 *
 * <p>A merge has several down revisions, in the order of the script's {@code down_revision} tuple;
 * a base has none. Construction performs the checks Alembic's {@code Revision.__init__} does, in
 * the same order: a self-loop first, then illegal characters in the id.
 *
 * @param id the revision identifier
 * @param downRevisions the {@code down_revision} ids, in declaration order (empty for a base)
 * @param branchLabels the {@code branch_labels} declared on this revision
 * @param dependsOn the {@code depends_on} entries (revision ids, partial ids or branch labels)
 */
public record Revision(
    String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn) {

  private static final String ILLEGAL_CHARACTERS = "@-+";

  public Revision {
    Objects.requireNonNull(id, "id");
    downRevisions = List.copyOf(downRevisions);
    branchLabels = List.copyOf(branchLabels);
    dependsOn = List.copyOf(dependsOn);
    if (downRevisions.contains(id)) {
      throw new CycleDetectedException(CycleDetectedException.Kind.SELF_LOOP, List.of(id));
    }
    if (dependsOn.contains(id)) {
      throw new CycleDetectedException(
          CycleDetectedException.Kind.DEPENDENCY_SELF_LOOP, List.of(id));
    }
    verifyRevisionId(id);
  }

  /** A revision with down revisions only (no labels, no dependencies). */
  public static Revision of(String id, String... downRevisions) {
    return new Revision(id, List.of(downRevisions), List.of(), List.of());
  }

  /** A copy of this revision carrying the given branch labels. */
  public Revision withBranchLabels(String... labels) {
    return new Revision(id, downRevisions, List.of(labels), dependsOn);
  }

  /** A copy of this revision carrying the given {@code depends_on} entries. */
  public Revision withDependsOn(String... dependencies) {
    return new Revision(id, downRevisions, branchLabels, List.of(dependencies));
  }

  /**
   * Rejects ids containing {@code @}, {@code -} or {@code +}, with Alembic's message, e.g. {@code
   * Character(s) '-' not allowed in revision identifier 'abc-123'} (several characters are listed
   * sorted and comma-separated, as {@code Revision.verify_rev_id} does).
   */
  public static void verifyRevisionId(String id) {
    TreeSet<Character> illegal = new TreeSet<>();
    for (char c : id.toCharArray()) {
      if (ILLEGAL_CHARACTERS.indexOf(c) >= 0) {
        illegal.add(c);
      }
    }
    if (!illegal.isEmpty()) {
      List<String> names = new ArrayList<>();
      illegal.forEach(c -> names.add(String.valueOf(c)));
      throw new RevisionException(
          "Character(s) '"
              + String.join(", ", names)
              + "' not allowed in revision identifier '"
              + id
              + "'");
    }
  }

  /** True when there is no down revision ({@code Revision.is_base}). */
  boolean isBase() {
    return downRevisions.isEmpty();
  }

  /** True when there is neither a down revision nor a dependency ({@code _is_real_base}). */
  boolean isRealBase() {
    return downRevisions.isEmpty() && dependsOn.isEmpty();
  }
}
