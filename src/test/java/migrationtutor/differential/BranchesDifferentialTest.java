package migrationtutor.differential;

import static migrationtutor.differential.TodoChain.DUE;
import static migrationtutor.differential.TodoChain.IDX;
import static migrationtutor.differential.TodoChain.MERGE;
import static migrationtutor.differential.TodoChain.R1;
import static migrationtutor.differential.TodoChain.R2;
import static migrationtutor.differential.TodoChain.R3;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Branches, merges, branch labels and dependencies (reference transcript 12). */
class BranchesDifferentialTest {

  @Test
  void twoHeadsFromSpliceAndTheirListings(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.linearApplied(DifferentialSession.of("personal_todo", tmp));
    s.alembic("revision", "-m", "add due_date", "--rev-id", DUE)
        .alembic("revision", "-m", "index is_completed", "--head", R3, "--rev-id", IDX)
        .alembic("revision", "-m", "index is_completed", "--head", R3, "--splice", "--rev-id", IDX)
        .alembic("heads")
        .alembic("heads", "--verbose")
        // branches lists a branchpoint's children from its nextrev set
        .alembicUnordered("branches")
        .alembicUnordered("branches", "--verbose")
        .alembic("history")
        // "Branches into:" joins the branchpoint's nextrev set
        .alembicUnordered("history", "--verbose")
        .alembic("history", "-i")
        .alembic("current")
        .alembicUnordered("current", "-v") // "Branches into:" joins a set
        .alembic("show", "heads")
        .alembicUnordered("show", R3) // "Branches into:" joins a set
        .alembic("upgrade", "head")
        .alembic("upgrade", "head", "--sql")
        .alembic("revision", "-m", "third")
        .alembic("revision", "-m", "third", "--head", "head")
        .alembic("current");
  }

  @Test
  void upgradingOneBranchThenAllHeads(@TempDir Path tmp) {
    DifferentialSession s =
        TodoChain.branches(TodoChain.linearApplied(DifferentialSession.of("personal_todo", tmp)));
    s.alembic("upgrade", R3 + ":heads", "--sql")
        .alembic("upgrade", DUE)
        .alembic("current")
        .alembic("history", "-i")
        .alembic("upgrade", "heads")
        // current prints get_all_current(), a set, when several revisions are current
        .alembicUnordered("current")
        .alembicUnordered("current", "-v")
        .alembic("history", "-i")
        .alembic("upgrade", "heads")
        .alembic("heads", "-v")
        .alembic("downgrade", IDX + "-1")
        .alembic("current")
        .alembic("upgrade", "heads");
  }

  @Test
  void mergeAndSteppingAcrossIt(@TempDir Path tmp) {
    DifferentialSession s =
        TodoChain.branches(TodoChain.linearApplied(DifferentialSession.of("personal_todo", tmp)));
    s.alembic("upgrade", "heads")
        .alembic("merge", "-m", "merge", "heads", "--rev-id", MERGE)
        .alembic("heads")
        .alembicUnordered("branches") // children from the nextrev set
        .alembicUnordered("branches", "-v")
        .alembic("history")
        .alembic("history", "-i")
        .alembicUnordered("history", "-v") // "Branches into:" joins a set
        .alembic("show", "head")
        .alembic("show", MERGE)
        .alembic("upgrade", DUE + "," + IDX + ":head", "--sql")
        .alembic("upgrade", DUE + ":" + MERGE, "--sql")
        .alembic("upgrade", IDX + ":" + MERGE, "--sql")
        .alembic("upgrade", MERGE + ":head", "--sql")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("current", "-v")
        .alembic("downgrade", "-1")
        .alembic("downgrade", IDX + "@-1")
        .alembic("current")
        .alembic("upgrade", "heads")
        .alembic("merge", "-m", "merge again", "heads", "--rev-id", "10f2a3dfb19c")
        .delete("alembic/versions/10f2a3dfb19c_merge_again.py")
        .alembic("downgrade", DUE)
        .alembicUnordered("current") // two current revisions: get_all_current() is a set
        .alembic("history", "-i")
        .alembic("upgrade", "head")
        .alembic("downgrade", R3)
        .alembic("current")
        .alembic("upgrade", "+1")
        .alembic("current")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("downgrade", MERGE + ":" + R3, "--sql")
        .alembic("downgrade", "base")
        .alembic("current")
        .alembic("history", "-r", R1 + ":" + MERGE)
        .alembic("history", "-r", R2 + ":")
        .alembic("history", "-r", ":" + R3);
  }

  @Test
  void mergeOptions(@TempDir Path tmp) {
    DifferentialSession s =
        TodoChain.branches(TodoChain.linear(DifferentialSession.of("personal_todo", tmp)));
    s.alembic("merge", DUE, "--rev-id", "0e0e0e0e0e0e")
        .alembic("history", "-r", R3 + ":")
        .delete("alembic/versions/0e0e0e0e0e0e_.py")
        .alembic("merge", "-m", "m", DUE, "nosuch", "--rev-id", "0e0e0e0e0e0f")
        .alembic("merge", "-m", "m", DUE, DUE, "--rev-id", "0e0e0e0e0e0f")
        .alembic("merge", "-m", "m", "78", "a8", "--rev-id", "0e0e0e0e0e0f")
        .alembic(
            "merge",
            "-m",
            "labelled merge",
            IDX,
            DUE,
            "--branch-label",
            "joined",
            "--rev-id",
            "0e0e0e0e0e10")
        .alembic("heads")
        .alembic("history", "-v", "-r", "joined@base:joined@head")
        .alembic("show", "joined@head");
  }

  @Test
  void mergeWithOneHeadIsAnOrdinaryChild(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.linear(DifferentialSession.of("personal_todo", tmp));
    s.alembic("merge", "-m", "lonely merge", "heads", "--rev-id", "0a0b0c0d0e0f")
        .alembic("heads")
        .alembic("history")
        .alembic("merge", "-m", "named", R3, "--rev-id", "1a1b1c1d1e1f")
        .alembic("heads")
        .alembic("history");
  }

  /** Two roots: every current below lists two revisions, from get_all_current()'s set. */
  @Test
  void branchLabels(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.linearApplied(DifferentialSession.of("personal_todo", tmp));
    s.alembic(
            "revision",
            "-m",
            "feature base",
            "--head",
            "base",
            "--branch-label",
            "feature",
            "--rev-id",
            "aaaa00000001")
        .alembic(
            "revision", "-m", "feature next", "--head", "feature@head", "--rev-id", "aaaa00000002")
        .alembic(
            "revision", "-m", "feature third", "--head", "feature@head", "--rev-id", "aaaa00000003")
        .alembic("heads")
        .alembic("heads", "-v")
        .alembic("branches")
        .alembic("history")
        .alembic("history", "-v")
        .alembic("show", "feature@head")
        .alembic("show", "feature@base")
        .alembic("show", "feature")
        .alembic("upgrade", "feature@+1")
        .alembicUnordered("current")
        .alembic("upgrade", "feature@+1")
        .alembicUnordered("current")
        .alembic("upgrade", "feature@+5")
        .alembic("upgrade", "feature@head")
        .alembicUnordered("current")
        .alembic("history", "-i")
        .alembic("downgrade", "feature@-1")
        .alembicUnordered("current")
        .alembic("downgrade", "feature@base")
        .alembicUnordered("current")
        .alembic("upgrade", "feature@head", "--sql")
        .alembic("upgrade", "nosuch@head")
        .alembic(
            "revision",
            "-m",
            "dup label",
            "--head",
            "feature@head",
            "--branch-label",
            "feature",
            "--rev-id",
            "aaaa00000009")
        // While both files exist, every command fails naming the two revisions in the order of
        // the has_branch_labels set (object hashes): not comparable, so the clash is removed.
        .delete("alembic/versions/aaaa00000009_dup_label.py")
        .alembic("upgrade", "heads")
        .alembicUnordered("current")
        .alembic("stamp", "feature@base")
        .alembicUnordered("current");
  }

  /** current lists the revisions of get_all_current()'s set. */
  @Test
  void dependsOn(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.linear(DifferentialSession.of("personal_todo", tmp));
    s.alembic(
            "revision",
            "-m",
            "other root",
            "--head",
            "base",
            "--branch-label",
            "other",
            "--rev-id",
            "bbbb00000001")
        .alembic(
            "revision",
            "-m",
            "needs r2",
            "--head",
            "other@head",
            "--depends-on",
            R2,
            "--rev-id",
            "bbbb00000002")
        .alembic(
            "revision",
            "-m",
            "needs unknown",
            "--head",
            "other@head",
            "--depends-on",
            "nosuch",
            "--rev-id",
            "bbbb00000003")
        .alembic("heads")
        .alembic("history")
        .alembic("history", "-v")
        .alembic("show", "bbbb00000002")
        .alembic("upgrade", "other@head")
        .alembicUnordered("current")
        .alembic("history", "-i")
        .alembic("downgrade", R1 + "-1")
        .alembicUnordered("current")
        .alembic("upgrade", "heads", "--sql");
  }
}
