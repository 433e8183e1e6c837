package migrationtutor.engine.revision;

import static migrationtutor.engine.revision.Graphs.BASE_REV;
import static migrationtutor.engine.revision.Graphs.BRANCHPOINT;
import static migrationtutor.engine.revision.Graphs.DUE_DATE;
import static migrationtutor.engine.revision.Graphs.INDEX;
import static migrationtutor.engine.revision.Graphs.MERGE;
import static migrationtutor.engine.revision.Graphs.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Upgrade and downgrade plans, checked against the reference transcripts (sections 12, 13). */
class MigrationPlannerTest {
  private final MigrationPlanner transcript = new MigrationPlanner(Graphs.transcript());

  /** Each step as {@code short_log [changes]}, the form the oracle test also uses. */
  static List<String> steps(MigrationPlan plan) {
    List<String> lines = new ArrayList<>();
    for (MigrationStep step : plan.steps()) {
      List<String> changes = new ArrayList<>();
      step.versionChanges().forEach(change -> changes.add(OracleCaseRunner.render(change)));
      lines.add(step.shortLog() + " [" + String.join("; ", changes) + "]");
    }
    return lines;
  }

  static String failure(Runnable action) {
    return assertThrows(RevisionCommandException.class, action::run).getMessage();
  }

  @Test
  void upgradeHeadFromBaseInsertsThenUpdates() {
    MigrationPlan plan = transcript.upgrade(List.of(), "head");
    assertEquals(
        List.of(
            "upgrade  -> 7ef08f4a0da7 [INSERT 7ef08f4a0da7]",
            "upgrade 7ef08f4a0da7 -> 754f44a882e4 [UPDATE 7ef08f4a0da7>754f44a882e4]",
            "upgrade 754f44a882e4 -> f2d03369f514 [UPDATE 754f44a882e4>f2d03369f514]",
            "upgrade f2d03369f514 -> 78225fe84e20 [UPDATE f2d03369f514>78225fe84e20]",
            "upgrade f2d03369f514 -> a808b2f70386 [INSERT a808b2f70386]",
            "upgrade a808b2f70386, 78225fe84e20 -> f5b23b650d77"
                + " [DELETE a808b2f70386; UPDATE 78225fe84e20>f5b23b650d77]"),
        steps(plan));
    assertEquals(List.of(MERGE), plan.finalHeads());
    assertTrue(plan.steps().get(0).headsBefore().isEmpty()); // offline: CREATE TABLE first
    assertFalse(plan.versionTableEmptyAtEnd());
  }

  @Test
  void runningLinesCarryTheDoc() {
    MigrationStep first = transcript.upgrade(List.of(), "+1").steps().get(0);
    assertEquals(
        "upgrade  -> 7ef08f4a0da7, add_deleted_at_column",
        first.description("add_deleted_at_column"));
    assertEquals("upgrade  -> 7ef08f4a0da7", first.description(""));
    MigrationStep merge = transcript.upgrade(List.of(INDEX, DUE_DATE), "head").steps().get(0);
    assertEquals(
        "upgrade a808b2f70386, 78225fe84e20 -> f5b23b650d77, merge", merge.description("merge"));
    assertInstanceOf(RevisionStep.class, merge);
    assertEquals(MERGE, ((RevisionStep) merge).revision());
  }

  @Test
  void upgradeHeadFromTheBranchPoint() {
    assertEquals(
        List.of(
            "upgrade f2d03369f514 -> 78225fe84e20 [UPDATE f2d03369f514>78225fe84e20]",
            "upgrade f2d03369f514 -> a808b2f70386 [INSERT a808b2f70386]",
            "upgrade a808b2f70386, 78225fe84e20 -> f5b23b650d77"
                + " [DELETE a808b2f70386; UPDATE 78225fe84e20>f5b23b650d77]"),
        steps(transcript.upgrade(List.of(BRANCHPOINT), "head")));
  }

  @Test
  void upgradeHeadsBeforeTheMergeStartsTheSecondBranch() {
    MigrationPlanner twoHeads = new MigrationPlanner(Graphs.transcriptBeforeMerge());
    assertEquals(
        List.of(
            "upgrade f2d03369f514 -> 78225fe84e20 [UPDATE f2d03369f514>78225fe84e20]",
            "upgrade f2d03369f514 -> a808b2f70386 [INSERT a808b2f70386]"),
        steps(twoHeads.upgrade(List.of(BRANCHPOINT), "heads")));
    assertEquals(
        List.of("upgrade f2d03369f514 -> a808b2f70386 [INSERT a808b2f70386]"),
        steps(twoHeads.upgrade(List.of(DUE_DATE), "heads")));
    assertEquals(List.of(), steps(twoHeads.upgrade(List.of(DUE_DATE, INDEX), "heads")));
    assertEquals(
        "Multiple head revisions are present for given argument 'head'; please specify a specific"
            + " target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for"
            + " all heads",
        failure(() -> twoHeads.upgrade(List.of(BRANCHPOINT), "head")));
  }

  @Test
  void sqlRangeFromOneBranchOfTheMerge() {
    assertEquals(
        List.of(
            "upgrade f2d03369f514 -> a808b2f70386 [INSERT a808b2f70386]",
            "upgrade a808b2f70386, 78225fe84e20 -> f5b23b650d77"
                + " [DELETE a808b2f70386; UPDATE 78225fe84e20>f5b23b650d77]"),
        steps(transcript.upgrade(transcript.offlineStartingHeads(DUE_DATE), MERGE)));
    assertEquals(
        List.of(
            "upgrade f2d03369f514 -> 78225fe84e20 [INSERT 78225fe84e20]",
            "upgrade a808b2f70386, 78225fe84e20 -> f5b23b650d77"
                + " [DELETE a808b2f70386; UPDATE 78225fe84e20>f5b23b650d77]"),
        steps(transcript.upgrade(List.of(INDEX), MERGE)));
  }

  @Test
  void sqlRangesThatProduceNothingOrFail() {
    assertEquals(List.of(), transcript.upgrade(List.of(SECOND), BASE_REV).steps());
    assertEquals(List.of(), transcript.upgrade(List.of(MERGE), "head").steps());
    assertEquals(
        List.of("upgrade 7ef08f4a0da7 -> 754f44a882e4 [UPDATE 7ef08f4a0da7>754f44a882e4]"),
        steps(transcript.upgrade(transcript.offlineStartingHeads("7ef0"), "754f")));
    assertEquals(
        "Destination 754f44a882e4 is not a valid downgrade target from current head(s)",
        failure(() -> transcript.downgrade(List.of(BASE_REV), SECOND)));
  }

  @Test
  void downgradeBaseUnmergesThenWalksDown() {
    MigrationPlan plan = transcript.downgrade(List.of(MERGE), "base");
    assertEquals(
        List.of(
            "downgrade f5b23b650d77 -> a808b2f70386, 78225fe84e20"
                + " [INSERT a808b2f70386; UPDATE f5b23b650d77>78225fe84e20]",
            "downgrade a808b2f70386 -> f2d03369f514 [DELETE a808b2f70386]",
            "downgrade 78225fe84e20 -> f2d03369f514 [UPDATE 78225fe84e20>f2d03369f514]",
            "downgrade f2d03369f514 -> 754f44a882e4 [UPDATE f2d03369f514>754f44a882e4]",
            "downgrade 754f44a882e4 -> 7ef08f4a0da7 [UPDATE 754f44a882e4>7ef08f4a0da7]",
            "downgrade 7ef08f4a0da7 ->  [DELETE 7ef08f4a0da7]"),
        steps(plan));
    assertTrue(plan.versionTableEmptyAtEnd()); // offline: DROP TABLE alembic_version
    assertEquals(
        "downgrade 7ef08f4a0da7 -> , add_deleted_at_column",
        plan.steps().get(5).description("add_deleted_at_column"));
  }

  @Test
  void downgradeToOneParentOfTheMergeUnmerges() {
    MigrationPlan plan = transcript.downgrade(List.of(MERGE), DUE_DATE);
    assertEquals(
        List.of(
            "downgrade f5b23b650d77 -> a808b2f70386, 78225fe84e20"
                + " [INSERT a808b2f70386; UPDATE f5b23b650d77>78225fe84e20]"),
        steps(plan));
    assertEquals(List.of(DUE_DATE, INDEX), plan.finalHeads());
    assertEquals(3, transcript.downgrade(List.of(MERGE), "78225fe84e20-1").steps().size());
    assertEquals(4, transcript.downgrade(List.of(MERGE), "754f").steps().size());
  }

  @Test
  void relativeStepsAndTheirErrors() {
    assertEquals("Ambiguous walk", failure(() -> transcript.downgrade(List.of(MERGE), "-1")));
    assertEquals(
        "Ambiguous walk", failure(() -> transcript.downgrade(List.of(MERGE), INDEX + "@-1")));
    assertEquals("Ambiguous walk", failure(() -> transcript.upgrade(List.of(BRANCHPOINT), "+1")));
    assertEquals(
        "Relative revision -1 didn't produce 1 migrations",
        failure(() -> transcript.downgrade(List.of(), "-1")));
    assertEquals(
        "Relative revision -2 didn't produce 2 migrations",
        failure(() -> transcript.downgrade(List.of(BASE_REV), "-2")));
    assertEquals(
        "Relative revision +5 didn't produce 5 migrations",
        failure(() -> transcript.upgrade(List.of(MERGE), "+5")));
    assertEquals(
        "Relative revision -1 didn't produce 1 migrations",
        failure(() -> transcript.upgrade(List.of(MERGE), "-1")));
    assertEquals(
        "Relative revision +1 didn't produce 1 migrations",
        failure(() -> transcript.downgrade(List.of(MERGE), "+1")));
    assertEquals(
        List.of(
            "upgrade f2d03369f514 -> a808b2f70386 [INSERT a808b2f70386]",
            "upgrade a808b2f70386, 78225fe84e20 -> f5b23b650d77"
                + " [DELETE a808b2f70386; UPDATE 78225fe84e20>f5b23b650d77]"),
        steps(transcript.upgrade(List.of(DUE_DATE), "+1")));
    assertEquals(3, transcript.upgrade(List.of(), "+3").steps().size());
    assertEquals(1, transcript.downgrade(List.of(BASE_REV), "-1").steps().size());
  }

  @Test
  void linearRelativeAndAbsoluteForms() {
    MigrationPlanner linear = new MigrationPlanner(Graphs.linear());
    assertEquals(
        List.of(
            "upgrade aaaa1111 -> bbbb2222 [UPDATE aaaa1111>bbbb2222]",
            "upgrade bbbb2222 -> cccc3333 [UPDATE bbbb2222>cccc3333]",
            "upgrade cccc3333 -> dddd4444 [UPDATE cccc3333>dddd4444]"),
        steps(linear.upgrade(List.of("aaaa1111"), "bbbb2222+2")));
    assertEquals(
        List.of("upgrade aaaa1111 -> bbbb2222 [UPDATE aaaa1111>bbbb2222]"),
        steps(linear.upgrade(List.of("aaaa1111"), "dddd4444-2")));
    assertEquals(
        List.of("downgrade dddd4444 -> cccc3333 [UPDATE dddd4444>cccc3333]"),
        steps(linear.downgrade(List.of("dddd4444"), "aaaa1111+2")));
    assertEquals(3, linear.downgrade(List.of("dddd4444"), "cccc3333-2").steps().size());
    assertEquals(3, linear.downgrade(List.of("eeee5555"), "-3").steps().size());
    assertEquals(
        List.of("upgrade  -> aaaa1111 [INSERT aaaa1111]"),
        steps(linear.upgrade(List.of(), "base+1")));
    assertEquals(List.of(), linear.downgrade(List.of("eeee5555"), "eeee5555").steps());
    assertEquals("Walked too far", failure(() -> linear.downgrade(List.of("eeee5555"), "base+10")));
    assertEquals(
        "Destination cccc is not a valid downgrade target from current head(s)",
        failure(() -> linear.downgrade(List.of("bbbb2222"), "cccc")));
    // Alembic hits an assertion here (a walk past the head is not a revision): a traceback.
    assertEquals(
        "AssertionError",
        assertThrows(
                InternalRevisionError.class,
                () -> linear.upgrade(List.of("cccc3333"), "aaaa1111+10"))
            .pythonError());
  }

  @Test
  void unknownRevisionInTheVersionTable() {
    assertEquals(
        "Can't locate revision identified by 'ffffeeee0000'",
        failure(() -> transcript.upgrade(List.of("ffffeeee0000"), "head")));
    assertEquals(
        "Can't locate revision identified by 'ffffeeee0000'",
        failure(() -> transcript.downgrade(List.of("ffffeeee0000"), "base")));
    assertEquals(
        "Can't locate revision identified by 'deadbeef'",
        failure(() -> transcript.upgrade(List.of(MERGE), "deadbeef")));
  }

  @Test
  void labelledBranchesUpgradeAndDowngradeIndependently() {
    MigrationPlanner labelled = new MigrationPlanner(Graphs.twoLabelledBranches());
    assertEquals(
        List.of(
            "upgrade  -> d [INSERT d]",
            "upgrade d -> e [UPDATE d>e]",
            "upgrade e -> someothername [UPDATE e>someothername]",
            "upgrade someothername -> f [UPDATE someothername>f]"),
        steps(labelled.upgrade(List.of(), "ebranch@head")));
    assertEquals(
        List.of("upgrade  -> d [INSERT d]"), steps(labelled.upgrade(List.of("c"), "ebranch@+1")));
    assertEquals(
        List.of(
            "downgrade f -> someothername [UPDATE f>someothername]",
            "downgrade someothername -> e [UPDATE someothername>e]",
            "downgrade e -> d [UPDATE e>d]",
            "downgrade d ->  [DELETE d]"),
        steps(labelled.downgrade(List.of("c", "f"), "ebranch@base")));
    MigrationPlan minusOne = labelled.downgrade(List.of("c", "f"), "-1");
    assertEquals(
        List.of("downgrade c -> somelongername [UPDATE c>somelongername]"), steps(minusOne));
    assertEquals(
        List.of(
            "downgrade -1 from multiple heads is ambiguous; this usage will be disallowed in a"
                + " future release."),
        minusOne.warnings());
    assertEquals(
        "Ambiguous upgrade from multiple current revisions",
        failure(() -> labelled.upgrade(List.of("c", "e"), "+1")));
  }

  @Test
  void dependsOnPullsInTheOtherBranch() {
    MigrationPlanner deps = new MigrationPlanner(Graphs.dependsOn());
    assertEquals(
        List.of(
            "upgrade  -> a1 [INSERT a1]",
            "upgrade a1 -> b1 [UPDATE a1>b1]",
            "upgrade b1 -> c1 [UPDATE b1>c1]",
            // a merge of b2 (down revision) and c1 (dependency): first row deleted, last updated
            "upgrade b2 -> c2 [DELETE b2; UPDATE c1>c2]"),
        steps(deps.upgrade(List.of("b2"), "c2")));
    // downgrading d1 leaves c1 implied by c2, so its row is deleted rather than updated
    assertEquals(
        List.of("downgrade d1 -> c1 [DELETE d1]"),
        steps(deps.downgrade(List.of("c2", "d1"), "c1")));
  }

  @Test
  void diamondMergesAndUnmerges() {
    MigrationPlanner diamond = new MigrationPlanner(Graphs.diamond());
    assertEquals(
        List.of(
            "upgrade a -> b2 [UPDATE a>b2]",
            "upgrade a -> b1 [INSERT b1]",
            "upgrade b1, b2 -> c [DELETE b1; UPDATE b2>c]",
            "upgrade c -> d [UPDATE c>d]"),
        steps(diamond.upgrade(List.of("a"), "d")));
    assertEquals(
        List.of(
            "downgrade d -> c [UPDATE d>c]",
            "downgrade c -> b1, b2 [INSERT b1; UPDATE c>b2]",
            "downgrade b1 -> a [DELETE b1]",
            "downgrade b2 -> a [UPDATE b2>a]"),
        steps(diamond.downgrade(List.of("d"), "a")));
    assertEquals("Ambiguous walk", failure(() -> diamond.downgrade(List.of("c"), "-1")));
  }

  @Test
  void bookkeepingFailureStopsAfterTheStepThatRan() {
    // stamping two revisions where the second one's rows no longer exist: Alembic's KeyError
    MigrationPlan plan =
        new MigrationPlanner(Graphs.diamond()).stamp(List.of("d"), List.of("b1", "b2"), false);
    assertEquals(
        List.of("stamp_revision d -> b1 [UPDATE d>b1]", "stamp_revision d -> b2 []"), steps(plan));
    assertEquals("KeyError: 'd'", plan.bookkeepingFailure().pythonError());
    assertEquals(List.of("b1"), plan.finalHeads());
  }
}
