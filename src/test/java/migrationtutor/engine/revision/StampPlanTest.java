package migrationtutor.engine.revision;

import static migrationtutor.engine.revision.Graphs.BASE_REV;
import static migrationtutor.engine.revision.Graphs.BRANCHPOINT;
import static migrationtutor.engine.revision.Graphs.DUE_DATE;
import static migrationtutor.engine.revision.Graphs.INDEX;
import static migrationtutor.engine.revision.Graphs.MERGE;
import static migrationtutor.engine.revision.Graphs.SECOND;
import static migrationtutor.engine.revision.MigrationPlannerTest.failure;
import static migrationtutor.engine.revision.MigrationPlannerTest.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stamp plans, checked against the reference transcript (section 13.1). */
class StampPlanTest {
  private final MigrationPlanner transcript = new MigrationPlanner(Graphs.transcript());

  @Test
  void stampHeadWhenAtHeadDoesNothing() {
    MigrationPlan plan = transcript.stamp(List.of(MERGE), List.of("head"), false);
    assertEquals(List.of(), plan.steps());
    assertEquals(List.of(MERGE), plan.finalHeads());
  }

  @Test
  void stampBaseDeletesTheRow() {
    MigrationPlan plan = transcript.stamp(List.of(MERGE), List.of("base"), false);
    assertEquals(List.of("stamp_revision f5b23b650d77 ->  [DELETE f5b23b650d77]"), steps(plan));
    assertEquals("stamp_revision f5b23b650d77 -> ", plan.steps().get(0).description(null));
    assertTrue(plan.versionTableEmptyAtEnd());
  }

  @Test
  void stampBaseOfflineFromBaseOnlyDropsTheTable() {
    MigrationPlan plan = transcript.stamp(List.of(), List.of("base"), false);
    assertEquals(List.of(), plan.steps());
    assertTrue(plan.versionTableEmptyAtEnd()); // `stamp base --sql` prints DROP TABLE only
  }

  @Test
  void stampFromEmptyInsertsAndMovesRows() {
    assertEquals(
        List.of("stamp_revision  -> f5b23b650d77 [INSERT f5b23b650d77]"),
        steps(transcript.stamp(List.of(), List.of("head"), false)));
    assertEquals(
        List.of("stamp_revision f5b23b650d77 -> f2d03369f514 [UPDATE f5b23b650d77>f2d03369f514]"),
        steps(transcript.stamp(List.of(MERGE), List.of(BRANCHPOINT), false)));
    assertEquals(
        List.of("stamp_revision 7ef08f4a0da7 -> 754f44a882e4 [UPDATE 7ef08f4a0da7>754f44a882e4]"),
        steps(transcript.stamp(transcript.offlineStartingHeads(BASE_REV), List.of(SECOND), false)));
    assertEquals(
        List.of("stamp_revision f2d03369f514 -> f5b23b650d77 [UPDATE f2d03369f514>f5b23b650d77]"),
        steps(transcript.stamp(List.of(BRANCHPOINT), List.of("heads"), false)));
  }

  @Test
  void purgeIgnoresTheCurrentRows() {
    MigrationPlan plan = transcript.stamp(List.of("ffffeeee0000"), List.of(SECOND), true);
    assertTrue(plan.purge());
    assertEquals(List.of(), plan.startingHeads());
    assertEquals(List.of("stamp_revision  -> 754f44a882e4 [INSERT 754f44a882e4]"), steps(plan));
    assertEquals(
        "Can't locate revision identified by 'ffffeeee0000'",
        failure(() -> transcript.stamp(List.of("ffffeeee0000"), List.of("head"), false)));
  }

  @Test
  void stampSeveralRevisionsAndAcrossTheMerge() {
    assertEquals(
        List.of(
            "stamp_revision f2d03369f514 -> a808b2f70386 [UPDATE f2d03369f514>a808b2f70386]",
            "stamp_revision f2d03369f514 -> 78225fe84e20 [INSERT 78225fe84e20]"),
        steps(transcript.stamp(List.of(BRANCHPOINT), List.of(INDEX, DUE_DATE), false)));
    assertEquals(
        List.of(
            "stamp_revision a808b2f70386, 78225fe84e20 -> f5b23b650d77"
                + " [DELETE a808b2f70386; UPDATE 78225fe84e20>f5b23b650d77]"),
        steps(transcript.stamp(List.of(INDEX, DUE_DATE), List.of(MERGE), false)));
  }

  @Test
  void stampErrors() {
    assertEquals(
        "Can't locate revision identified by 'deadbeef'",
        failure(() -> transcript.stamp(List.of(MERGE), List.of("deadbeef"), false)));
    MigrationPlanner twoHeads = new MigrationPlanner(Graphs.transcriptBeforeMerge());
    assertEquals(
        "Multiple heads are present; please specify a single target revision",
        failure(() -> twoHeads.stamp(List.of(), List.of("head"), false)));
  }

  @Test
  void labelledStamps() {
    MigrationPlanner labelled = new MigrationPlanner(Graphs.twoLabelledBranches());
    assertEquals(
        List.of("stamp_revision f ->  [DELETE f]"),
        steps(labelled.stamp(List.of("c", "f"), List.of("ebranch@base"), false)));
    assertEquals(
        List.of("stamp_revision f -> e [UPDATE f>e]"),
        steps(labelled.stamp(List.of("c", "f"), List.of("ebranch@e"), false)));
    assertEquals(
        List.of("stamp_revision  -> f [INSERT f]"),
        steps(labelled.stamp(List.of("c"), List.of("heads"), false)));
  }
}
