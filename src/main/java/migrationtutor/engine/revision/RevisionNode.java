package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A revision placed in a {@link RevisionMap}: its declaration plus what the graph says about it.
 *
 * <p>This is the state Alembic keeps on its {@code Revision} objects once the map is built ({@code
 * nextrev}, {@code _all_nextrev}, resolved dependencies, inherited branch labels). Nodes compare by
 * identity, as Alembic's revisions do: a revision id declared twice gives two nodes. The graph
 * fields are filled in by {@link RevisionMapBuilder} and never change afterwards.
 *
 * <p>Where Alembic keeps a Python {@code set} (next revisions, branch labels), this class keeps
 * insertion order: next revisions in the order their children appear in the map's input list,
 * branch labels declared ones first, then inherited ones in the order they were added.
 */
public final class RevisionNode {
  /**
   * The {@code "base"} placeholder Alembic's relative walks return when they step below a base
   * revision (e.g. {@code getRevisions("-2")} on a two-revision chain). Never part of a map; only
   * {@link #id()} and {@link #isBasePlaceholder()} are meaningful on it.
   */
  public static final RevisionNode BASE = new RevisionNode(null);

  private final Revision revision;
  final Set<String> nextRevisions = new LinkedHashSet<>();
  final Set<String> allNextRevisions = new LinkedHashSet<>();
  final Set<String> branchLabels = new LinkedHashSet<>();
  List<String> resolvedDependencies = List.of();
  List<String> normalizedResolvedDependencies = List.of();

  RevisionNode(Revision revision) {
    this.revision = revision;
    if (revision != null) {
      branchLabels.addAll(revision.branchLabels());
    }
  }

  /** The declaration this node was built from (null only for {@link #BASE}). */
  public Revision revision() {
    return revision;
  }

  /** The revision id ({@code "base"} for the {@link #BASE} placeholder). */
  public String id() {
    return revision == null ? "base" : revision.id();
  }

  /** True for the {@link #BASE} placeholder. */
  public boolean isBasePlaceholder() {
    return this == BASE;
  }

  /** The declared down revisions ({@code _versioned_down_revisions}), in declaration order. */
  public List<String> downRevisions() {
    return revision.downRevisions();
  }

  /** The {@code depends_on} entries as declared (labels and partial ids unresolved). */
  public List<String> dependencies() {
    return revision.dependsOn();
  }

  /** Dependencies resolved to revision ids ({@code _resolved_dependencies}). */
  public List<String> resolvedDependencies() {
    return resolvedDependencies;
  }

  /** Down revisions plus resolved dependencies, without repeats ({@code _all_down_revisions}). */
  public List<String> allDownRevisions() {
    return dedupe(revision.downRevisions(), resolvedDependencies);
  }

  /**
   * Down revisions plus the dependencies no ancestor already depends on ({@code
   * _normalized_down_revisions}); this is what upgrades and downgrades move along.
   */
  public List<String> normalizedDownRevisions() {
    return dedupe(revision.downRevisions(), normalizedResolvedDependencies);
  }

  /** Revisions whose down revisions name this one ({@code nextrev}). */
  public List<String> nextRevisions() {
    return List.copyOf(nextRevisions);
  }

  /** Revisions that name this one as down revision or dependency ({@code _all_nextrev}). */
  public List<String> allNextRevisions() {
    return List.copyOf(allNextRevisions);
  }

  /** Branch labels declared here or inherited along the branch ({@code branch_labels}). */
  public List<String> branchLabels() {
    return List.copyOf(branchLabels);
  }

  /** No revision has this one as a down revision ({@code is_head}). */
  public boolean isHead() {
    return nextRevisions.isEmpty();
  }

  /** No revision has this one as down revision or dependency ({@code _is_real_head}). */
  public boolean isRealHead() {
    return allNextRevisions.isEmpty();
  }

  /** No down revision ({@code is_base}). */
  public boolean isBase() {
    return revision.isBase();
  }

  /** Neither down revisions nor dependencies ({@code _is_real_base}). */
  public boolean isRealBase() {
    return revision.isRealBase();
  }

  /** More than one revision has this one as a down revision ({@code is_branch_point}). */
  public boolean isBranchPoint() {
    return nextRevisions.size() > 1;
  }

  /** Branch point counting dependants too ({@code _is_real_branch_point}). */
  public boolean isRealBranchPoint() {
    return allNextRevisions.size() > 1;
  }

  /** More than one down revision ({@code is_merge_point}). */
  public boolean isMergePoint() {
    return revision.downRevisions().size() > 1;
  }

  @Override
  public String toString() {
    return "RevisionNode(" + id() + ")";
  }

  private static List<String> dedupe(List<String> first, List<String> second) {
    LinkedHashSet<String> all = new LinkedHashSet<>(first);
    all.addAll(second);
    return List.copyOf(new ArrayList<>(all));
  }
}
