package migrationtutor.engine.revision;

import static migrationtutor.engine.revision.Graphs.BASE_REV;
import static migrationtutor.engine.revision.Graphs.BRANCHPOINT;
import static migrationtutor.engine.revision.Graphs.DUE_DATE;
import static migrationtutor.engine.revision.Graphs.INDEX;
import static migrationtutor.engine.revision.Graphs.MERGE;
import static migrationtutor.engine.revision.Graphs.SECOND;
import static migrationtutor.engine.revision.MigrationPlannerTest.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code alembic history} ranges and {@code branches}' walk, newest first. */
class HistoryTest {
  private final RevisionLookup transcript = new RevisionLookup(Graphs.transcript());
  private final RevisionLookup linear = new RevisionLookup(Graphs.linear());

  private static List<String> ids(List<RevisionNode> nodes) {
    return RevisionGraph.ids(nodes);
  }

  @Test
  void fullHistoryIsNewestFirst() {
    assertEquals(
        List.of(MERGE, INDEX, DUE_DATE, BRANCHPOINT, SECOND, BASE_REV),
        ids(transcript.walkRevisions()));
    assertEquals(
        List.of(INDEX, DUE_DATE, BRANCHPOINT, SECOND, BASE_REV),
        ids(new RevisionLookup(Graphs.transcriptBeforeMerge()).walkRevisions()));
  }

  @Test
  void rangesWithPartialIdsAndOpenEnds() {
    assertEquals(List.of(SECOND, BASE_REV), ids(transcript.history("7ef0", "754f", null)));
    assertEquals(
        List.of(MERGE, INDEX, DUE_DATE, BRANCHPOINT),
        ids(transcript.history(BRANCHPOINT, "", null)));
    assertEquals(
        List.of(INDEX, BRANCHPOINT, SECOND, BASE_REV), ids(transcript.history(null, INDEX, null)));
    assertEquals(List.of("eeee5555", "dddd4444"), ids(linear.history("-1", null, null)));
    assertEquals(
        List.of("eeee5555", "dddd4444", "cccc3333", "bbbb2222", "aaaa1111"),
        ids(linear.history("base", "head", null)));
  }

  @Test
  void currentRanges() {
    assertEquals(
        List.of("eeee5555", "dddd4444", "cccc3333"),
        ids(linear.history("current", null, List.of("cccc3333"))));
    assertEquals(
        List.of("cccc3333", "bbbb2222", "aaaa1111"),
        ids(linear.history(null, "current", List.of("cccc3333"))));
    assertEquals(
        List.of("eeee5555", "dddd4444", "cccc3333", "bbbb2222", "aaaa1111"),
        ids(linear.history("current", "", List.of())));
    assertEquals(
        List.of(MERGE, DUE_DATE), ids(transcript.history("current", "", List.of(DUE_DATE))));
  }

  @Test
  void historyErrors() {
    assertEquals(
        "Requested range a808b2f70386:78225fe84e20 does not refer to ancestor/descendant revisions"
            + " along the same branch",
        failure(() -> transcript.history(INDEX, DUE_DATE, null)));
    assertEquals(
        "Can't locate revision identified by 'deadbeef'",
        failure(() -> transcript.history("deadbeef", null, null)));
    assertEquals("Ambiguous walk", failure(() -> transcript.history("-1", null, null)));
    assertEquals(
        "Relative revision -1 didn't produce 1 migrations",
        failure(() -> transcript.history(null, "-1", null)));
    assertEquals(
        "Requested range -5:heads does not refer to ancestor/descendant revisions along the same"
            + " branch",
        failure(() -> linear.history("-5", null, null)));
  }
}
