package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides the stamp steps for a set of destinations, as Alembic's {@code
 * ScriptDirectory._stamp_revs}.
 *
 * <p>Only the current heads sharing lineage with a destination take part. A destination already
 * current is skipped; one below those heads becomes a single downward step (a "merge" of them), one
 * above them a single upward step, and one on an unrelated branch a new-branch step; {@code base}
 * deletes each of those heads.
 */
final class StampPlanner {
  private final RevisionMap map;

  StampPlanner(RevisionMap map) {
    this.map = map;
  }

  List<StampStepRules> stampRules(List<String> destinations, List<String> heads) {
    RevisionResolver resolver = map.resolver();
    List<RevisionNode> headRevs = resolver.getRevisions(RevisionArgument.of(heads));
    List<String> revisions = destinations.isEmpty() ? List.of("base") : destinations;

    List<RevisionNode> filteredHeads = new ArrayList<>();
    for (String rev : revisions) {
      if (RevisionResolver.truthy(rev)) {
        for (RevisionNode head : resolver.filterForLineage(headRevs, rev, true)) {
          if (!filteredHeads.contains(head)) {
            filteredHeads.add(head);
          }
        }
      }
    }
    List<String> todoHeads = RevisionGraph.ids(filteredHeads);

    List<RevisionNode> dests = resolver.getRevisions(RevisionArgument.of(revisions));
    if (dests.isEmpty()) {
      dests = new ArrayList<>();
      dests.add(null);
    }
    List<StampStepRules> steps = new ArrayList<>();
    for (RevisionNode dest : dests) {
      if (dest == null) {
        // to base: a "delete branch" step for every applicable head
        for (String head : todoHeads) {
          steps.add(new StampStepRules(List.of(head), List.of(), false, true));
        }
        continue;
      } else if (filteredHeads.contains(dest)) {
        continue; // already in the version table
      }
      RevisionGraph.requireRevision(dest);
      Set<RevisionNode> descendants =
          RevisionGraph.identitySet(map.graph().descendants(List.of(dest), true, false));
      Set<RevisionNode> ancestors =
          RevisionGraph.identitySet(map.graph().ancestors(List.of(dest), true, false));
      if (filteredHeads.stream().anyMatch(descendants::contains)) {
        if (filteredHeads.stream().anyMatch(ancestors::contains)) {
          throw InternalRevisionError.assertion();
        }
        steps.add(new StampStepRules(todoHeads, List.of(dest.id()), false, false));
      } else if (filteredHeads.stream().anyMatch(ancestors::contains)) {
        steps.add(new StampStepRules(todoHeads, List.of(dest.id()), true, false));
      } else {
        steps.add(new StampStepRules(List.of(), List.of(dest.id()), true, true));
      }
    }
    return steps;
  }
}
