package migrationtutor.engine.command;

import java.util.List;
import java.util.Set;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.revision.RevisionArgument;
import migrationtutor.engine.revision.RevisionErrorContext;
import migrationtutor.engine.revision.RevisionLookup;
import migrationtutor.engine.revision.RevisionNode;
import migrationtutor.engine.script.Script;
import migrationtutor.engine.script.ScriptDirectory;
import migrationtutor.engine.script.ScriptFormat;

/**
 * {@code history}, {@code heads}, {@code branches} and {@code show}, as in Alembic's command.py.
 */
final class HistoryCommands {
  private HistoryCommands() {}

  /** The parsed {@code -r start:end} of history. */
  record Range(String base, String head) {
    static Range parse(String revRange) {
      if (revRange == null) {
        return new Range(null, null);
      }
      if (!revRange.contains(":")) {
        throw new CommandError("History range requires [start]:[end], [start]:, or :[end]");
      }
      String[] parts = revRange.strip().split(":", -1);
      if (parts.length != 2) {
        throw new migrationtutor.engine.PythonError(
            "ValueError", "too many values to unpack (expected 2)");
      }
      return new Range(parts[0], parts[1]);
    }

    boolean mentionsCurrent() {
      return "current".equals(base) || "current".equals(head);
    }
  }

  static void printHistory(
      CommandContext ctx,
      ScriptDirectory scripts,
      Range range,
      boolean verbose,
      boolean indicateCurrent,
      List<String> currents) {
    RevisionLookup lookup = new RevisionLookup(scripts::revisionMap);
    String base = emptyToNull(range.base());
    String head = emptyToNull(range.head());
    List<RevisionNode> nodes =
        RevisionErrors.caught(
            RevisionErrorContext.walkRevisions(
                RevisionArgument.of(base == null ? "base" : base),
                RevisionArgument.of(head == null ? "heads" : head)),
            () -> lookup.history(base, head, currents));
    Set<String> current = Set.copyOf(currents);
    for (RevisionNode node : nodes) {
      Script script = scripts.script(node.id());
      ctx.printStdout(
          ScriptFormat.cmdFormat(
              script,
              node,
              new ScriptFormat.Options(
                  verbose,
                  true,
                  true,
                  true,
                  true,
                  indicateCurrent && current.contains(node.id()))));
    }
  }

  static void heads(
      CommandContext ctx, ScriptDirectory scripts, boolean verbose, boolean resolveDependencies) {
    RevisionLookup lookup = new RevisionLookup(scripts::revisionMap);
    List<String> heads =
        resolveDependencies
            ? List.of("heads")
            : RevisionErrors.uncaught(() -> scripts.revisionMap().heads());
    List<RevisionNode> nodes =
        RevisionErrors.caught(
            RevisionErrorContext.defaults(),
            () -> resolveDependencies ? lookup.getRevisions("heads") : lookup.getRevisions(heads));
    for (RevisionNode node : nodes) {
      ctx.printStdout(
          ScriptFormat.cmdFormat(
              scripts.script(node.id()),
              node,
              new ScriptFormat.Options(verbose, true, false, false, false, false)));
    }
  }

  static void branches(CommandContext ctx, ScriptDirectory scripts, boolean verbose) {
    RevisionLookup lookup = new RevisionLookup(scripts::revisionMap);
    List<RevisionNode> nodes =
        RevisionErrors.caught(
            RevisionErrorContext.walkRevisions(
                RevisionArgument.of("base"), RevisionArgument.of("heads")),
            lookup::walkRevisions);
    for (RevisionNode node : nodes) {
      if (!node.isBranchPoint()) {
        continue;
      }
      StringBuilder sb =
          new StringBuilder(
              ScriptFormat.cmdFormat(
                  scripts.script(node.id()),
                  node,
                  new ScriptFormat.Options(verbose, true, false, false, true, false)));
      sb.append('\n');
      String pad = " ".repeat(node.id().length());
      List<String> next = node.nextRevisions();
      for (int i = 0; i < next.size(); i++) {
        RevisionNode child = lookup.getRevision(next.get(i));
        sb.append(i > 0 ? "\n" : "")
            .append(pad)
            .append(" -> ")
            .append(
                ScriptFormat.cmdFormat(
                    scripts.script(child.id()),
                    child,
                    new ScriptFormat.Options(false, true, verbose, false, true, false)));
      }
      ctx.printStdout(sb.append('\n').toString());
    }
  }

  static void show(CommandContext ctx, ScriptDirectory scripts, List<RevisionNode> nodes) {
    for (RevisionNode node : nodes) {
      if (node == null || node.isBasePlaceholder()) {
        continue;
      }
      ctx.printStdout(ScriptFormat.logEntry(scripts.script(node.id()), node, false));
    }
  }

  static List<RevisionNode> resolve(ScriptDirectory scripts, String rev) {
    RevisionLookup lookup = new RevisionLookup(scripts::revisionMap);
    return RevisionErrors.caught(RevisionErrorContext.defaults(), () -> lookup.getRevisions(rev));
  }

  static List<RevisionNode> resolveAll(ScriptDirectory scripts, List<String> ids) {
    RevisionLookup lookup = new RevisionLookup(scripts::revisionMap);
    return RevisionErrors.caught(RevisionErrorContext.defaults(), () -> lookup.getRevisions(ids));
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
