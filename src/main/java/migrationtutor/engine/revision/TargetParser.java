package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads upgrade and downgrade destinations, relative forms included, as Alembic's {@code
 * _parse_upgrade_target} and {@code _parse_downgrade_target}.
 *
 * <p>Relative forms follow Alembic's pattern {@code (?:(.+?)@)?(\w+)?((?:\+|-)\d+)} matched at the
 * start of the string: {@code -1}, {@code +2}, {@code id-1}, {@code label@+1}, {@code
 * label@head-1}, {@code base+2}.
 */
final class TargetParser {
  private static final Pattern RELATIVE =
      Pattern.compile("(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)", Pattern.UNICODE_CHARACTER_CLASS);

  /** A downgrade destination: the branch label given (if any) and the revision, null for base. */
  record DowngradeTarget(String branchLabel, RevisionNode revision) {}

  private final RevisionGraph graph;
  private final RevisionResolver resolver;
  private final RevisionCollector collector;

  TargetParser(RevisionGraph graph, RevisionResolver resolver, RevisionCollector collector) {
    this.graph = graph;
    this.resolver = resolver;
    this.collector = collector;
  }

  DowngradeTarget parseDowngradeTarget(
      RevisionArgument currentRevisions,
      String target,
      boolean assertRelativeLength,
      Consumer<String> warnings) {
    if (target == null) {
      return new DowngradeTarget(null, null);
    }
    Matcher match = RELATIVE.matcher(target);
    if (!match.lookingAt()) {
      int at = target.lastIndexOf('@');
      String label = at > 0 ? target.substring(0, at) : null;
      return new DowngradeTarget(label, resolver.getRevision(target.substring(at + 1)));
    }
    String branchLabel = match.group(1);
    String symbol = match.group(2);
    String relative = match.group(3);
    long steps = PythonText.parseInt(relative).getAsLong();
    if (steps >= 0) {
      if (symbol == null) {
        throw didNotProduce(relative, steps); // downgrading to current + n is not valid
      }
      RevisionNode rev =
          resolver.walk(resolver.getRevision(symbol), steps, branchLabel, assertRelativeLength);
      if (rev == null) {
        throw new RevisionException("Walked too far");
      }
      return new DowngradeTarget(branchLabel, rev);
    }
    boolean relativeToCurrent = symbol == null;
    if (relativeToCurrent) {
      List<String> current = toTuple(currentRevisions);
      if (RevisionResolver.truthy(branchLabel)) {
        symbol = currentOnBranch(current, branchLabel);
      } else {
        if (current.isEmpty()) {
          throw didNotProduce(relative, steps);
        }
        if (new LinkedHashSet<>(current).size() > 1) {
          warnings.accept(
              "downgrade -1 from multiple heads is ambiguous; this usage will be disallowed in a"
                  + " future release.");
        }
        symbol = current.get(0);
        branchLabel = symbol; // restrict the walk to the selected branch
      }
    }
    RevisionNode start =
        branchLabel == null
            ? resolver.getRevision(symbol)
            : resolver.getRevision(branchLabel + "@" + symbol);
    RevisionNode rev = resolver.walk(start, steps, null, assertRelativeLength);
    if (rev == null) {
      throw relativeToCurrent
          ? didNotProduce(relative, steps)
          : new RevisionException("Walked too far");
    }
    return new DowngradeTarget(branchLabel, rev);
  }

  /** The single current revision on a branch, looking through dependencies if needed. */
  private String currentOnBranch(List<String> current, String branchLabel) {
    List<String> symbols = resolver.filterIdsForLineage(current, branchLabel, false);
    if (symbols.isEmpty()) {
      // all other branch heads may be dependants of a single current head
      symbols =
          RevisionGraph.ids(
              resolver.filterForLineage(collector.getAllCurrent(current), branchLabel, false));
    }
    if (symbols.size() != 1) {
      throw InternalRevisionError.assertion();
    }
    return symbols.get(0);
  }

  List<RevisionNode> parseUpgradeTarget(
      RevisionArgument currentRevisions, RevisionArgument target, boolean assertRelativeLength) {
    Matcher match = null;
    if (target instanceof RevisionArgument.Single single && single.text() != null) {
      match = RELATIVE.matcher(single.text());
    }
    if (match == null || !match.lookingAt()) {
      return resolver.getRevisions(target);
    }
    String branchLabel = match.group(1);
    String symbol = match.group(2);
    String relativeText = match.group(3);
    long steps = PythonText.parseInt(relativeText).getAsLong();
    if (steps <= 0) {
      if (symbol == null) {
        throw didNotProduce(Long.toString(steps), steps); // upgrading to current - n
      }
      RevisionNode start =
          branchLabel == null
              ? resolver.getRevision(symbol)
              : resolver.getRevision(branchLabel + "@" + symbol);
      return single(resolver.walk(start, steps, null, assertRelativeLength));
    }
    if (symbol != null) {
      RevisionNode start = resolver.getRevision(symbol);
      return single(resolver.walk(start, steps, branchLabel, assertRelativeLength));
    }
    RevisionNode start = upgradeStart(toTuple(currentRevisions), branchLabel);
    RevisionNode rev = resolver.walk(start, steps, branchLabel, assertRelativeLength);
    if (rev == null) {
      throw didNotProduce(relativeText, steps);
    }
    return List.of(rev);
  }

  /** Where {@code +n} / {@code label@+n} starts: the one current revision (on the branch). */
  private RevisionNode upgradeStart(List<String> current, String branchLabel) {
    if (current.isEmpty()) {
      current = nullTuple();
    }
    if (!RevisionResolver.truthy(branchLabel)) {
      if (current.size() > 1) {
        throw ambiguousUpgrade();
      }
      return current.get(0) == null ? null : resolver.getRevision(current.get(0));
    }
    List<RevisionNode> currentRevs = resolver.getRevisions(RevisionArgument.of(current));
    List<RevisionNode> onBranch = resolver.filterForLineage(currentRevs, branchLabel, false);
    if (!onBranch.isEmpty()) {
      if (onBranch.size() > 1) {
        throw ambiguousUpgrade();
      }
      return onBranch.get(0);
    }
    // The branch is not current: find the tips of its active part (or start from base).
    List<RevisionNode> active =
        resolver.filterForLineage(graph.ancestors(currentRevs, true, false), branchLabel, false);
    Set<String> tips = new LinkedHashSet<>(RevisionGraph.ids(active));
    active.forEach(rev -> tips.removeAll(rev.normalizedDownRevisions()));
    if (tips.size() > 1) {
      throw ambiguousUpgrade();
    }
    return tips.isEmpty() ? null : resolver.getRevision(tips.iterator().next());
  }

  private static List<RevisionNode> single(RevisionNode node) {
    List<RevisionNode> result = new ArrayList<>();
    result.add(node);
    return result;
  }

  private static List<String> nullTuple() {
    List<String> tuple = new ArrayList<>();
    tuple.add(null);
    return tuple;
  }

  /** Alembic's {@code util.to_tuple} of a current-revisions argument. */
  static List<String> toTuple(RevisionArgument argument) {
    if (argument instanceof RevisionArgument.Several several) {
      return several.ids();
    }
    String text = ((RevisionArgument.Single) argument).text();
    return text == null ? List.of() : List.of(text);
  }

  private static RevisionException didNotProduce(String relative, long steps) {
    return new RevisionException(
        "Relative revision " + relative + " didn't produce " + Math.abs(steps) + " migrations");
  }

  private static RevisionException ambiguousUpgrade() {
    return new RevisionException("Ambiguous upgrade from multiple current revisions");
  }
}
