package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Answers the queries of {@code oracle-cases.txt} with the Java engine, in the line format that
 * {@code alembic_oracle.py} prints for real Alembic.
 */
final class OracleCaseRunner {
  private OracleCaseRunner() {}

  static List<String> run(List<String> caseLines) {
    List<String> out = new ArrayList<>();
    List<String> revisionLines = new ArrayList<>();
    RevisionMap map = null;
    boolean built = false;
    for (String line : caseLines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("graph ")) {
        revisionLines = new ArrayList<>();
        map = null;
        built = false;
        out.add(line);
      } else if (line.startsWith("rev ")) {
        revisionLines.add(line);
      } else if (line.startsWith("? ") || line.startsWith("?~ ")) {
        if (!built) {
          built = true;
          try {
            List<Revision> revisions = new ArrayList<>();
            revisionLines.forEach(revisionLine -> revisions.add(parseRevision(revisionLine)));
            map = RevisionMap.of(revisions);
            out.add("build => ok warnings=" + String.join("|", map.warnings()));
          } catch (RevisionException error) {
            map = null;
            out.add("build => " + describe(error) + " warnings=");
          }
        }
        if (map != null) {
          boolean relaxed = line.startsWith("?~ ");
          String query = line.substring(relaxed ? 3 : 2);
          out.add((relaxed ? "~ " : "") + query + " => " + answer(map, query));
        }
      }
    }
    return out;
  }

  static Revision parseRevision(String line) {
    String[] words = line.split(" ");
    List<String> down = List.of();
    List<String> labels = List.of();
    List<String> deps = List.of();
    for (String word : Arrays.asList(words).subList(2, words.length)) {
      String value = word.substring(word.indexOf('=') + 1);
      List<String> items = value.isEmpty() ? List.of() : List.of(value.split(","));
      if (word.startsWith("down=")) {
        down = items;
      } else if (word.startsWith("labels=")) {
        labels = items;
      } else if (word.startsWith("deps=")) {
        deps = items;
      }
    }
    return new Revision(words[1], down, labels, deps);
  }

  static String answer(RevisionMap map, String query) {
    String[] w = query.split(" ");
    RevisionLookup lookup = new RevisionLookup(map);
    MigrationPlanner planner = new MigrationPlanner(map);
    try {
      switch (w[0]) {
        case "heads":
          return "heads="
              + String.join(",", map.heads())
              + " real="
              + String.join(",", map.realHeads())
              + " bases="
              + String.join(",", map.bases())
              + " realbases="
              + String.join(",", map.realBases());
        case "nodes":
          return nodes(map);
        case "get_revisions":
          return ids(lookup.getRevisions(w[1]));
        case "get_revision":
          return ids(java.util.Collections.singletonList(lookup.getRevision(w[1])));
        case "current":
          return String.join(",", sorted(RevisionGraph.ids(lookup.getAllCurrent(tuple(w[1])))));
        case "walk":
          return ids(lookup.walkRevisions(argument(w[1]), argument(w[2])));
        case "iterate":
          String flags = w.length > 3 ? w[3] : "";
          return ids(
              map.iterateRevisions(
                  argument(w[1]),
                  argument(w[2]),
                  flags.contains("i"),
                  flags.contains("c"),
                  flags.contains("a"),
                  flags.contains("d"),
                  warning -> {}));
        case "upgrade":
          return steps(() -> planner.upgrade(tuple(w[1]), w[2]));
        case "downgrade":
          return steps(() -> planner.downgrade(tuple(w[1]), w[2]));
        case "stamp":
          return steps(() -> planner.stamp(tuple(w[1]), tuple(w[2]), false));
        default:
          throw new IllegalArgumentException("unknown query " + query);
      }
    } catch (RevisionException error) {
      return describe(error);
    }
  }

  private static String steps(Supplier<MigrationPlan> planning) {
    MigrationPlan plan = planning.get();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < plan.steps().size(); i++) {
      MigrationStep step = plan.steps().get(i);
      List<String> changes = new ArrayList<>();
      for (VersionChange change : step.versionChanges()) {
        changes.add(render(change));
      }
      String part = step.shortLog() + " [" + String.join("; ", changes) + "]";
      if (i == plan.steps().size() - 1 && plan.bookkeepingFailure() != null) {
        part += " " + describe(plan.bookkeepingFailure());
      }
      parts.add(part);
    }
    String result =
        String.join(" | ", parts) + " => heads=" + String.join(",", sorted(plan.finalHeads()));
    if (!plan.warnings().isEmpty()) {
      result += " warn=" + String.join("|", plan.warnings());
    }
    return result;
  }

  static String render(VersionChange change) {
    if (change instanceof VersionChange.Insert insert) {
      return "INSERT " + insert.version();
    } else if (change instanceof VersionChange.Update update) {
      return "UPDATE " + update.from() + ">" + update.to();
    }
    return "DELETE " + ((VersionChange.Delete) change).version();
  }

  private static String nodes(RevisionMap map) {
    List<String> out = new ArrayList<>();
    for (RevisionNode r : map.revisions()) {
      StringBuilder flags = new StringBuilder();
      flag(flags, 'h', r.isHead());
      flag(flags, 'H', r.isRealHead());
      flag(flags, 'b', r.isBase());
      flag(flags, 'B', r.isRealBase());
      flag(flags, 'p', r.isBranchPoint());
      flag(flags, 'P', r.isRealBranchPoint());
      flag(flags, 'm', r.isMergePoint());
      out.add(
          r.id()
              + ":"
              + flags
              + " next="
              + String.join(",", sorted(r.nextRevisions()))
              + " all="
              + String.join(",", sorted(r.allNextRevisions()))
              + " labels="
              + String.join(",", sorted(r.branchLabels()))
              + " down="
              + String.join(",", r.normalizedDownRevisions()));
    }
    return String.join(" ; ", out);
  }

  private static void flag(StringBuilder flags, char letter, boolean set) {
    if (set) {
      flags.append(letter);
    }
  }

  private static List<String> sorted(List<String> items) {
    List<String> copy = new ArrayList<>(items);
    copy.sort(null);
    return copy;
  }

  private static List<String> tuple(String text) {
    return text.equals("-") ? List.of() : List.of(text.split(","));
  }

  private static RevisionArgument argument(String text) {
    if (text.equals("n:")) {
      return RevisionArgument.of((String) null);
    } else if (text.startsWith("t:")) {
      String rest = text.substring(2);
      return RevisionArgument.of(rest.isEmpty() ? List.of() : List.of(rest.split(",")));
    }
    return RevisionArgument.of(text);
  }

  private static String ids(List<RevisionNode> nodes) {
    List<String> ids = new ArrayList<>();
    for (RevisionNode node : nodes) {
      ids.add(node == null ? "None" : node.id());
    }
    return String.join(",", ids);
  }

  static String describe(RevisionException error) {
    if (error instanceof RevisionCommandException) {
      return "ERR " + error.getMessage();
    } else if (error instanceof InternalRevisionError internal) {
      String text = internal.pythonError();
      return "INTERNAL " + (text.contains(":") ? text.substring(0, text.indexOf(':')) : text);
    }
    return "RERR " + pythonClass(error) + ": " + error.getMessage();
  }

  private static String pythonClass(RevisionException error) {
    if (error instanceof CycleDetectedException cycle) {
      switch (cycle.kind()) {
        case CYCLE:
          return "CycleDetected";
        case DEPENDENCY_CYCLE:
          return "DependencyCycleDetected";
        case SELF_LOOP:
          return "LoopDetected";
        default:
          return "DependencyLoopDetected";
      }
    } else if (error instanceof ResolutionException) {
      return "ResolutionError";
    } else if (error instanceof MultipleHeadsException) {
      return "MultipleHeads";
    } else if (error instanceof RangeNotAncestorException) {
      return "RangeNotAncestorError";
    }
    return "RevisionError";
  }
}
