package migrationtutor.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import migrationtutor.engine.revision.VersionChange;
import org.junit.jupiter.api.Test;

/** The DEBUG lines of Alembic's HeadMaintainer.update_to_step, from a step's version changes. */
class HeadMaintainerDebugTest {
  @Test
  void eachKindOfStep() {
    assertEquals(
        "new branch insert a1",
        MigrationContext.headMaintainerDebug(List.of(new VersionChange.Insert("a1"))));
    assertEquals(
        "branch delete a1",
        MigrationContext.headMaintainerDebug(List.of(new VersionChange.Delete("a1"))));
    assertEquals(
        "update a1 to b2",
        MigrationContext.headMaintainerDebug(List.of(new VersionChange.Update("a1", "b2"))));
    // merge_branch_idents returns a list of deletes, unmerge_branch_idents a tuple of inserts
    assertEquals(
        "merge, delete ['a1'], update b2 to m3",
        MigrationContext.headMaintainerDebug(
            List.of(new VersionChange.Delete("a1"), new VersionChange.Update("b2", "m3"))));
    assertEquals(
        "unmerge, insert ('a1',), update m3 to b2",
        MigrationContext.headMaintainerDebug(
            List.of(new VersionChange.Insert("a1"), new VersionChange.Update("m3", "b2"))));
  }
}
