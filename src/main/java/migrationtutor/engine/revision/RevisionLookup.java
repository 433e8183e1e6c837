package migrationtutor.engine.revision;

import java.util.List;
import java.util.function.Supplier;

/**
 * The revision lookups of Alembic's {@code ScriptDirectory} (and the {@code history} command's use
 * of them), with revision errors translated to the {@code FAILED:} text as Alembic does.
 *
 * <p>Every method throws {@link RevisionCommandException} for a revision error, {@link
 * InternalRevisionError} where Alembic dies with a traceback.
 */
public final class RevisionLookup {
  private final Supplier<RevisionMap> revisionMap;

  public RevisionLookup(RevisionMap map) {
    this(() -> map);
  }

  /**
   * A lookup whose map is built on first use, inside the lookup's error translation: a map that
   * cannot be built fails as Alembic's {@code revision_map} does when first read at that call site.
   */
  public RevisionLookup(Supplier<RevisionMap> revisionMap) {
    this.revisionMap = revisionMap;
  }

  /** {@code get_revisions(id)} (show, edit, heads): may hold null or {@link RevisionNode#BASE}. */
  public List<RevisionNode> getRevisions(String id) {
    return MigrationPlanner.translated(
        RevisionErrorContext.defaults(), () -> revisionMap.get().getRevisions(id));
  }

  /**
   * {@code get_revisions(tuple)}, e.g. of {@link RevisionMap#heads()} for {@code alembic heads}.
   */
  public List<RevisionNode> getRevisions(List<String> ids) {
    return MigrationPlanner.translated(
        RevisionErrorContext.defaults(), () -> revisionMap.get().getRevisions(ids));
  }

  /** {@code get_revision(id)}: null for base. */
  public RevisionNode getRevision(String id) {
    return MigrationPlanner.translated(
        RevisionErrorContext.defaults(), () -> revisionMap.get().getRevision(id));
  }

  /** {@code get_all_current(heads)}: what {@code alembic current} lists (map input order). */
  public List<RevisionNode> getAllCurrent(List<String> currentHeads) {
    return MigrationPlanner.translated(
        RevisionErrorContext.defaults(), () -> revisionMap.get().getAllCurrent(currentHeads));
  }

  /** {@code ScriptDirectory.get_current_head()}: the single head, or null when there is none. */
  public String getCurrentHead() {
    return MigrationPlanner.translated(
        RevisionErrorContext.currentHead(), () -> revisionMap.get().getCurrentHead(null));
  }

  /**
   * The revisions a new revision would be based on ({@code generate_revision}'s {@code
   * get_revisions(head)}, default {@code head}); several heads give {@code Multiple heads are
   * present; please specify the head revision on which the new revision should be based, or perform
   * a merge.}
   */
  public List<RevisionNode> newRevisionParents(String head) {
    String symbol = head == null ? "head" : head;
    return MigrationPlanner.translated(
        RevisionErrorContext.generateRevision(), () -> revisionMap.get().getRevisions(symbol));
  }

  /** {@code walk_revisions(base, head)}: newest first, both ends included. */
  public List<RevisionNode> walkRevisions(RevisionArgument base, RevisionArgument head) {
    return MigrationPlanner.translated(
        RevisionErrorContext.walkRevisions(base, head),
        () ->
            revisionMap
                .get()
                .iterateRevisions(head, base, false, true, false, false, warning -> {}));
  }

  /** {@code walk_revisions()}: every revision, newest first (history, branches). */
  public List<RevisionNode> walkRevisions() {
    return walkRevisions(RevisionArgument.of("base"), RevisionArgument.of("heads"));
  }

  /**
   * What {@code alembic history -r base:head} lists, given the two halves of the range (null or
   * empty for a missing half) and the current heads (needed only when a half is {@code current};
   * Alembic then reads them from the database, and {@code -r current:} starts from them).
   */
  public List<RevisionNode> history(String base, String head, List<String> currentHeads) {
    RevisionArgument from = orDefault(base, "base");
    RevisionArgument to = orDefault(head, "heads");
    if ("current".equals(head)) {
      to =
          currentHeads.isEmpty() ? RevisionArgument.of("heads") : RevisionArgument.of(currentHeads);
    } else if ("current".equals(base)) {
      from =
          currentHeads.isEmpty() ? RevisionArgument.of("base") : RevisionArgument.of(currentHeads);
    }
    return walkRevisions(from, to);
  }

  private static RevisionArgument orDefault(String text, String fallback) {
    return RevisionArgument.of(text == null || text.isEmpty() ? fallback : text);
  }
}
