package migrationtutor.engine.script;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.revision.RevisionNode;

/**
 * The text forms of a revision in history, heads, branches, show and current: Alembic's {@code
 * Script.cmd_format}, {@code _head_only} and {@code log_entry}.
 */
public final class ScriptFormat {
  private ScriptFormat() {}

  /** Options of {@code cmd_format}. */
  public record Options(
      boolean verbose,
      boolean includeBranches,
      boolean includeDoc,
      boolean includeParents,
      boolean treeIndicators,
      boolean currentIndicator) {}

  /** {@code Script.cmd_format}. */
  public static String cmdFormat(Script script, RevisionNode node, Options o) {
    if (o.verbose()) {
      return logEntry(script, node, o.currentIndicator());
    }
    return headOnly(script, node, o);
  }

  private static String headOnly(Script script, RevisionNode node, Options o) {
    String text = script.id();
    if (o.includeParents()) {
      if (!node.dependencies().isEmpty()) {
        text =
            formatDownRevision(node)
                + " ("
                + String.join(", ", node.dependencies())
                + ") -> "
                + text;
      } else {
        text = formatDownRevision(node) + " -> " + text;
      }
    }
    if (o.includeBranches() && !node.branchLabels().isEmpty()) {
      text += " (" + String.join(", ", node.branchLabels()) + ")";
    }
    // head_indicators is always true in Alembic's callers, so these are always considered.
    text +=
        (node.isRealHead() ? " (head)" : "")
            + (node.isHead() && !node.isRealHead() ? " (effective head)" : "")
            + (o.currentIndicator() ? " (current)" : "");
    if (o.treeIndicators()) {
      text +=
          (node.isBranchPoint() ? " (branchpoint)" : "")
              + (node.isMergePoint() ? " (mergepoint)" : "");
    }
    if (o.includeDoc()) {
      text += ", " + script.doc();
    }
    return text;
  }

  /** {@code Script.log_entry}: the verbose entry, ending with a blank line. */
  public static String logEntry(Script script, RevisionNode node, boolean current) {
    StringBuilder e =
        new StringBuilder("Rev: ")
            .append(script.id())
            .append(node.isHead() ? " (head)" : "")
            .append(node.isBranchPoint() ? " (branchpoint)" : "")
            .append(node.isMergePoint() ? " (mergepoint)" : "")
            .append(current ? " (current)" : "")
            .append('\n');
    if (node.isMergePoint()) {
      e.append("Merges: ").append(formatDownRevision(node)).append('\n');
    } else {
      e.append("Parent: ").append(formatDownRevision(node)).append('\n');
    }
    if (!node.dependencies().isEmpty()) {
      e.append("Also depends on: ").append(String.join(", ", node.dependencies())).append('\n');
    }
    if (node.isBranchPoint()) {
      e.append("Branches into: ").append(String.join(", ", node.nextRevisions())).append('\n');
    }
    if (!node.branchLabels().isEmpty()) {
      e.append("Branch names: ").append(String.join(", ", node.branchLabels())).append('\n');
    }
    e.append("Path: ").append(script.path()).append('\n');
    List<String> lines = new ArrayList<>();
    for (String para : splitLines(script.longdoc())) {
      lines.add("    " + para);
    }
    e.append('\n').append(String.join("\n", lines)).append('\n');
    return e.toString();
  }

  /** Python's str.splitlines(): no trailing empty element. */
  private static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String l : text.split("\r\n|\r|\n", -1)) {
      out.add(l);
    }
    if (out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** {@code _format_down_revision}: {@code <base>} or the comma-joined versioned parents. */
  static String formatDownRevision(RevisionNode node) {
    if (node.downRevisions().isEmpty()) {
      return "<base>";
    }
    return String.join(", ", node.downRevisions());
  }
}
