package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Version-table rules of a revision step, ported from Alembic's {@code RevisionStep}.
 *
 * <p>Where Alembic takes a difference of Python sets (merge and un-merge with other heads present),
 * the surviving revisions keep their down-revision order, so a merge deletes the first parent's row
 * and updates the last one's, matching {@code upgrade a808b2f70386, 78225fe84e20 -> f5b23b650d77}
 * deleting {@code a808b2f70386} and updating {@code 78225fe84e20}.
 */
final class RevisionStepRules implements StepRules {
  private final RevisionNode revision;
  private final boolean upgrade;
  private final RevisionGraph graph;
  private final RevisionResolver resolver;

  RevisionStepRules(
      RevisionNode revision, boolean upgrade, RevisionGraph graph, RevisionResolver resolver) {
    this.revision = revision;
    this.upgrade = upgrade;
    this.graph = graph;
    this.resolver = resolver;
  }

  /** {@code from_revisions} (dependencies included). */
  List<String> fromRevisions() {
    return upgrade ? revision.normalizedDownRevisions() : List.of(revision.id());
  }

  /** {@code to_revisions} (dependencies included). */
  List<String> toRevisions() {
    return upgrade ? List.of(revision.id()) : revision.normalizedDownRevisions();
  }

  @Override
  public boolean shouldDeleteBranch(List<String> heads) {
    if (upgrade || !heads.contains(revision.id())) {
      return false;
    }
    // a base, or going to versions still implied by the other heads
    return revision.normalizedDownRevisions().isEmpty() || unmergeToRevisions(heads).isEmpty();
  }

  @Override
  public String deleteVersion() {
    return revision.id();
  }

  @Override
  public boolean shouldCreateBranch(List<String> heads) {
    if (!upgrade) {
      return false;
    }
    List<String> downs = revision.normalizedDownRevisions();
    return downs.isEmpty() || downs.stream().noneMatch(heads::contains);
  }

  @Override
  public String insertVersion() {
    return revision.id();
  }

  @Override
  public boolean shouldMergeBranches(List<String> heads) {
    List<String> downs = revision.normalizedDownRevisions();
    return upgrade && downs.size() > 1 && downs.stream().filter(heads::contains).count() > 1;
  }

  @Override
  public Merge mergeBranchIdents(List<String> heads) {
    List<String> from = fromRevisions();
    List<String> others = new ArrayList<>(heads);
    others.removeAll(from);
    if (!others.isEmpty()) {
      from = withoutAncestorsOf(from, others);
    }
    return new Merge(StepRules.allButLast(from), StepRules.at(from, -1), toRevisions().get(0));
  }

  @Override
  public boolean shouldUnmergeBranches(List<String> heads) {
    return !upgrade
        && heads.contains(revision.id())
        && revision.normalizedDownRevisions().size() > 1;
  }

  @Override
  public Unmerge unmergeBranchIdents(List<String> heads) {
    List<String> to = unmergeToRevisions(heads);
    return new Unmerge(fromRevisions().get(0), StepRules.at(to, -1), StepRules.allButLast(to));
  }

  @Override
  public Move updateVersionNum(List<String> heads) {
    List<String> downs = revision.normalizedDownRevisions();
    String down;
    if (downs.size() == 1) {
      down = downs.get(0);
    } else {
      // "Can't do an UPDATE because downrevision is ambiguous"
      down = StepRules.only(downs.stream().filter(heads::contains).toList());
    }
    return upgrade ? new Move(down, revision.id()) : new Move(revision.id(), down);
  }

  /** {@code _unmerge_to_revisions}: the down revisions not already implied by other heads. */
  private List<String> unmergeToRevisions(List<String> heads) {
    List<String> others = new ArrayList<>(heads);
    others.remove(revision.id());
    return others.isEmpty() ? toRevisions() : withoutAncestorsOf(toRevisions(), others);
  }

  private List<String> withoutAncestorsOf(List<String> candidates, List<String> heads) {
    List<RevisionNode> headRevs = resolver.getRevisions(RevisionArgument.of(heads));
    Set<String> ancestors = Set.copyOf(RevisionGraph.ids(graph.ancestors(headRevs, true, false)));
    return candidates.stream().filter(id -> !ancestors.contains(id)).toList();
  }
}
