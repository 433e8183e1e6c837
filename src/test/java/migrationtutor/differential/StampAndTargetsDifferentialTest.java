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

/** stamp, relative and partial revision targets, offline ranges (reference transcript 13). */
class StampAndTargetsDifferentialTest {

  @Test
  void stampRewritesOnlyTheVersionTable(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.mergedAtHead(DifferentialSession.of("personal_todo", tmp));
    s.alembic("stamp", "head")
        .alembic("stamp", "base")
        .alembic("current")
        .alembic("upgrade", "head")
        .alembic("current")
        .alembic("stamp", "head")
        .alembic("current")
        .alembic("stamp", R3)
        .alembic("current")
        .alembic("stamp", "head", "--sql")
        .alembic("stamp", R2, "--sql")
        .alembic("stamp", "heads", "--sql")
        .alembic("stamp", R1 + ":" + R2, "--sql")
        .alembic("stamp", "base", "--sql")
        .alembic("stamp", R2 + ":base", "--sql")
        .alembic("stamp", DUE + ":" + MERGE, "--sql")
        .alembic("stamp", R1 + ":" + R2, R3 + ":" + DUE, "--sql")
        .alembic("stamp", "--purge", "head", "--sql")
        .alembic("stamp", "heads")
        .alembic("stamp", "--purge", R2)
        .alembic("current")
        .alembic("stamp", "deadbeef")
        .alembic("stamp", DUE, IDX)
        .alembicUnordered("current") // two current revisions: get_all_current() is a set
        .alembic("stamp", R2)
        .alembic("current")
        .alembic("stamp", "head")
        .alembic("current");
  }

  @Test
  void relativeSteps(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.mergedAtHead(DifferentialSession.of("personal_todo", tmp));
    s.alembic("downgrade", "base")
        .alembic("current")
        .alembic("downgrade", "base")
        .alembic("downgrade", "-1")
        .alembic("upgrade", "+1")
        .alembic("current")
        .alembic("downgrade", "-2")
        .alembic("current")
        .alembic("upgrade", "+2")
        .alembic("current")
        .alembic("upgrade", "+1")
        .alembic("upgrade", DUE)
        .alembic("upgrade", "+1")
        .alembic("upgrade", "+5")
        .alembic("current")
        .alembic("upgrade", "-1")
        .alembic("downgrade", "+1")
        .alembic("downgrade", DUE + "-1")
        .alembic("current")
        .alembic("upgrade", R2 + "+1")
        .alembic("upgrade", "head")
        .alembic("downgrade", R2 + "+1")
        .alembic("current")
        .alembic("downgrade", "-1")
        .alembic("current")
        .alembic("downgrade", "0")
        .alembic("upgrade", "+0")
        .alembic("upgrade", "1")
        .alembic("upgrade", "heads-1")
        .alembic("upgrade", "head+1");
  }

  @Test
  void historyRanges(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.mergedAtHead(DifferentialSession.of("personal_todo", tmp));
    s.alembic("downgrade", R2)
        .alembic("history", "-r", "-1:")
        .alembic("history", "-r", ":+1")
        .alembic("history", "-r", "base:+2")
        .alembic("history", "-r", R2 + ":" + DUE)
        .alembic("history", "-r", DUE + ":" + R2)
        .alembic("history", "-r", IDX + ":" + DUE)
        .alembic("history", "-r", "current:")
        .alembic("history", "-r", ":current")
        .alembicUnordered("history", "-r", "current:head", "-v") // "Branches into:" set
        .alembic("history", "-r", "current")
        .alembic("history", "-r", "a:b:c")
        .alembic("history", "-r", "heads:base")
        .alembic("history", "-r", "f2d:")
        .alembic("show", "base")
        .alembic("show", "heads")
        .alembic("show", "head")
        .alembic("show", "current")
        .alembic("show", R3 + "+1")
        .alembic("show", "head-2")
        .alembic("show", MERGE + "-1");
  }

  @Test
  void partialUnknownAndAmbiguousIds(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.mergedAtHead(DifferentialSession.of("personal_todo", tmp));
    s.alembic("downgrade", "754f")
        .alembic("current")
        .alembic("upgrade", "f2d")
        .alembic("upgrade", "f2d0")
        .alembic("current")
        .alembic("upgrade", "ae1")
        .alembic("upgrade", "deadbeef")
        .alembic("downgrade", "deadbeef")
        .alembic("show", "deadbeef")
        .alembic("history", "-r", "deadbeef:")
        .alembic("history", "-r", ":deadbeef")
        .alembic("upgrade", "7")
        .alembic("upgrade", "7ef0")
        .alembic("show", "a")
        .alembic("show", "f")
        .alembic("show", "F2D")
        .alembic("upgrade", "head")
        .alembic("revision", "-m", "same prefix one", "--rev-id", "abc123def456")
        .alembic("revision", "-m", "same prefix two", "--rev-id", "abc123fed654")
        .alembic("upgrade", "abc1")
        .alembic("upgrade", "abc123")
        .alembic("show", "abc1")
        .alembic("history", "-r", "abc1:")
        .alembic("stamp", "abc123")
        .alembic("upgrade", "abc123d", "--sql")
        .alembic("revision", "-m", "dup", "--rev-id", "abc123def456")
        .alembic("revision", "-m", "bad id", "--rev-id", "abc-123")
        .alembic("heads")
        .alembic("history")
        .delete("alembic/versions/abc123def456_same_prefix_one.py")
        .delete("alembic/versions/abc123fed654_same_prefix_two.py")
        .delete("alembic/versions/abc123def456_dup.py")
        .alembic("heads")
        .alembic("current");
  }

  @Test
  void offlineRanges(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.mergedAtHead(DifferentialSession.of("personal_todo", tmp));
    s.alembic("upgrade", R1 + ":" + R2, "--sql")
        .alembic("upgrade", "7ef0:754f", "--sql")
        .alembic("upgrade", "abc:def", "--sql")
        .alembic("upgrade", R2 + ":" + R1, "--sql")
        .alembic("downgrade", R2 + ":" + R1, "--sql")
        .alembic("downgrade", R1 + ":" + R2, "--sql")
        .alembic("downgrade", "base", "--sql")
        .alembic("downgrade", R1 + ":base", "--sql")
        .alembic("upgrade", "base:" + R1, "--sql")
        .alembic("upgrade", R1, "--sql")
        .alembic("upgrade", DUE + ":" + MERGE, "--sql")
        .alembic("upgrade", IDX + ":" + MERGE, "--sql")
        .alembic("upgrade", MERGE + ":head", "--sql")
        .alembic("upgrade", R2 + ":head", "--sql")
        .alembic("upgrade", "head", "--sql")
        .alembic("upgrade", DUE + "," + IDX + ":head", "--sql")
        .alembic("upgrade", R1 + ":" + R2 + ":" + R3, "--sql")
        .alembic("upgrade", R1 + ":" + R2)
        .alembic("downgrade", R2 + ":" + R1)
        .alembic("upgrade", ":head", "--sql")
        .alembic("upgrade", R3 + ":", "--sql")
        .alembic("current");
  }

  /** Offline downgrade to base of plain operations ends by dropping alembic_version. */
  @Test
  void offlineDowngradeToBaseDropsTheVersionTable(@TempDir Path tmp) {
    DifferentialSession s = TodoChain.initialized(DifferentialSession.of("personal_todo", tmp));
    s.alembic("revision", "-m", "plain ops", "--rev-id", "84b04f98163a");
    TodoChain.bodies(
        s,
        "alembic/versions/84b04f98163a_plain_ops.py",
        "    op.create_table('child',\n"
            + "    sa.Column('id', sa.Integer(), nullable=False),\n"
            + "    sa.Column('name', sa.String(length=50), nullable=False),\n"
            + "    sa.PrimaryKeyConstraint('id')\n"
            + "    )\n"
            + "    op.create_index('ix_child_name', 'child', ['name'])\n",
        "    op.drop_index('ix_child_name', table_name='child')\n"
            + "    op.drop_table('child')\n");
    s.alembic("upgrade", "head", "--sql")
        .alembic("downgrade", "84b04f98163a:base", "--sql")
        .alembic("downgrade", "head:base", "--sql")
        .alembic("downgrade", "head:84b04f98163a", "--sql")
        .alembic("upgrade", "head")
        .alembic("downgrade", "base")
        .alembic("current");
  }
}
