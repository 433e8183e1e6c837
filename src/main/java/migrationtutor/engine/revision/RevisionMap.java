package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The revision graph of a script directory: heads, bases, lookups and traversals (Alembic's {@code
 * RevisionMap}).
 *
 * <p>Built eagerly from revisions in a given order (Alembic uses {@code os.listdir()} order of the
 * versions directory; pass the files in the order the tutor lists them). Construction fails with
 * {@link CycleDetectedException}, {@link MissingRevisionException} or a plain {@link
 * RevisionException} (a branch label used twice), and collects {@link #warnings()} such as {@code
 * Revision X is present more than once}. Methods throw the raw {@link RevisionException}s Alembic's
 * revision module raises; see {@link RevisionLookup} and {@link MigrationPlanner} for the
 * command-level wrappers.
 */
public final class RevisionMap {
  private final RevisionGraph graph;
  private final List<String> warnings;
  private final RevisionResolver resolver;
  private final RevisionCollector collector;

  private RevisionMap(RevisionGraph graph, List<String> warnings) {
    this.graph = graph;
    this.warnings = warnings;
    this.resolver = new RevisionResolver(graph);
    this.collector = new RevisionCollector(graph, resolver);
  }

  /** Builds the map; the list order matters (see the class comment). */
  public static RevisionMap of(List<Revision> revisions) {
    RevisionMapBuilder builder = new RevisionMapBuilder();
    RevisionGraph graph = builder.build(revisions);
    return new RevisionMap(graph, builder.warnings());
  }

  /**
   * Builds the map, giving its {@link #warnings()} to {@code warnings} even when building then
   * fails, as Alembic has issued them by the time it raises.
   */
  public static RevisionMap of(List<Revision> revisions, Consumer<String> warnings) {
    RevisionMapBuilder builder = new RevisionMapBuilder();
    RevisionGraph graph;
    try {
      graph = builder.build(revisions);
    } catch (RevisionException e) {
      builder.warnings().forEach(warnings);
      throw e;
    }
    builder.warnings().forEach(warnings);
    return new RevisionMap(graph, builder.warnings());
  }

  /**
   * Warnings Alembic would issue while building (e.g. {@code Revision X is present more than
   * once}).
   */
  public List<String> warnings() {
    return warnings;
  }

  /** Every revision, one per id, in input order (a later duplicate takes the first one's place). */
  public List<RevisionNode> revisions() {
    List<RevisionNode> all = new ArrayList<>();
    graph.map.forEach(
        (key, node) -> {
          if (key.equals(node.id())) {
            all.add(node);
          }
        });
    return all;
  }

  /** The node with exactly this id, or null; no prefixes or symbols. */
  public RevisionNode revision(String id) {
    RevisionNode node = graph.map.get(id);
    return node != null && node.id().equals(id) ? node : null;
  }

  /** Head ids ({@code heads}): revisions no other revision names as down revision. */
  public List<String> heads() {
    return RevisionGraph.ids(graph.heads);
  }

  /** Real head ids ({@code _real_heads}): not a down revision nor a dependency of another. */
  public List<String> realHeads() {
    return RevisionGraph.ids(graph.realHeads);
  }

  /** Base ids ({@code bases}): revisions without a down revision. */
  public List<String> bases() {
    return RevisionGraph.ids(graph.bases);
  }

  /** Real base ids ({@code _real_bases}): no down revision and no dependency. */
  public List<String> realBases() {
    return RevisionGraph.ids(graph.realBases);
  }

  /**
   * {@code get_revision}: one revision for an id, unique prefix, label, {@code head}, {@code
   * label@head}, {@code label@id}...; null for {@code base}. Throws {@link MultipleHeadsException}
   * when the symbol names several revisions, {@link ResolutionException} when it names none.
   */
  public RevisionNode getRevision(String id) {
    return resolver.getRevision(id);
  }

  /**
   * {@code get_revisions}: the revisions a symbol names ({@code heads}, {@code label@heads}, ids,
   * {@code -1} walked down from every head). An element may be null (a walk ran off the end) or
   * {@link RevisionNode#BASE} (a walk stepped below a base).
   */
  public List<RevisionNode> getRevisions(String id) {
    return resolver.getRevisions(RevisionArgument.of(id));
  }

  /** {@code get_revisions} of a tuple: each element resolved in turn. */
  public List<RevisionNode> getRevisions(List<String> ids) {
    return resolver.getRevisions(RevisionArgument.of(ids));
  }

  /** {@code get_current_head}: the single head (on the branch, if given), or null if none. */
  public String getCurrentHead(String branchLabel) {
    return resolver.getCurrentHead(branchLabel);
  }

  /** {@code _resolve_revision_number}: the ids a symbol stands for (empty for base). */
  public List<String> resolveRevisionNumber(String id) {
    return resolver.resolveRevisionNumber(RevisionArgument.of(id)).ids();
  }

  /** {@code filter_for_lineage}: the targets that are above or below what checkAgainst names. */
  public List<String> filterForLineage(
      List<String> targets, String checkAgainst, boolean includeDependencies) {
    return resolver.filterIdsForLineage(targets, checkAgainst, includeDependencies);
  }

  /**
   * {@code _get_all_current}: the given revisions plus their ancestors, reduced to those with no
   * descendant in the set (what {@code alembic current} lists). Alembic returns a set; the order
   * here is the map's input order.
   */
  public List<RevisionNode> getAllCurrent(List<String> ids) {
    return collector.getAllCurrent(ids);
  }

  /**
   * {@code iterate_revisions}: revisions from upper down to lower, newest first, in Alembic's
   * topological order. Warnings (only "downgrade -1 from multiple heads is ambiguous...") go to the
   * given consumer.
   */
  public List<RevisionNode> iterateRevisions(
      RevisionArgument upper,
      RevisionArgument lower,
      boolean implicitBase,
      boolean inclusive,
      boolean assertRelativeLength,
      boolean selectForDowngrade,
      Consumer<String> warnings) {
    return collector.iterateRevisions(
        upper, lower, implicitBase, inclusive, assertRelativeLength, selectForDowngrade, warnings);
  }

  /**
   * The branch-label check of {@code add_revision}, for a revision written after this map was built
   * ({@code generate_revision}): the new id is a key first, then each declared label must be a key
   * of no revision, id or label.
   *
   * @throws RevisionException {@code Branch name 'x' in revision new already used by revision old}
   */
  public void checkAddedBranchLabels(Revision added) {
    java.util.Map<String, String> addedKeys = new java.util.HashMap<>();
    addedKeys.put(added.id(), added.id());
    for (String label : added.branchLabels()) {
      String owner = addedKeys.get(label);
      if (owner == null && graph.map.containsKey(label) && !label.equals(added.id())) {
        owner = graph.map.get(label).id();
      }
      if (owner != null) {
        throw new RevisionException(
            "Branch name '"
                + label
                + "' in revision "
                + added.id()
                + " already used by revision "
                + owner);
      }
      addedKeys.put(label, added.id());
    }
  }

  RevisionGraph graph() {
    return graph;
  }

  RevisionResolver resolver() {
    return resolver;
  }

  RevisionCollector collector() {
    return collector;
  }
}
