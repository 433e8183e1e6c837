package migrationtutor.engine.revision;

import static migrationtutor.engine.revision.Graphs.BASE_REV;
import static migrationtutor.engine.revision.Graphs.BRANCHPOINT;
import static migrationtutor.engine.revision.Graphs.DUE_DATE;
import static migrationtutor.engine.revision.Graphs.INDEX;
import static migrationtutor.engine.revision.Graphs.MERGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionMapTest {

  @Test
  void headsBasesAndPointsOfTheTranscriptChain() {
    RevisionMap map = Graphs.transcript();
    assertEquals(List.of(MERGE), map.heads());
    assertEquals(List.of(MERGE), map.realHeads());
    assertEquals(List.of(BASE_REV), map.bases());
    assertEquals(List.of(BASE_REV), map.realBases());

    RevisionNode branchpoint = map.revision(BRANCHPOINT);
    assertTrue(branchpoint.isBranchPoint());
    assertTrue(branchpoint.isRealBranchPoint());
    assertFalse(branchpoint.isHead());
    assertEquals(List.of(INDEX, DUE_DATE), branchpoint.nextRevisions());

    RevisionNode merge = map.revision(MERGE);
    assertTrue(merge.isMergePoint());
    assertTrue(merge.isHead());
    assertTrue(merge.isRealHead());
    assertEquals(List.of(INDEX, DUE_DATE), merge.downRevisions());

    RevisionNode base = map.revision(BASE_REV);
    assertTrue(base.isBase());
    assertTrue(base.isRealBase());
    assertFalse(base.isMergePoint());
  }

  @Test
  void twoHeadsFollowInputOrder() {
    RevisionMap map = Graphs.transcriptBeforeMerge();
    assertEquals(List.of(INDEX, DUE_DATE), map.heads());
    assertEquals(
        List.of(BASE_REV, Graphs.SECOND, BRANCHPOINT, INDEX, DUE_DATE),
        RevisionGraph.ids(map.revisions()));
  }

  @Test
  void dependenciesMakeEffectiveHeadsAndRealBases() {
    RevisionMap map = Graphs.dependsOn();
    // c1 is revised by d1 and depended on by c2: a real branch point, not a branch point
    assertEquals(List.of("c2", "d1"), map.heads());
    assertEquals(List.of("c2", "d1"), map.realHeads());
    assertEquals(List.of("a1", "a2"), map.bases());
    RevisionNode c1 = map.revision("c1");
    assertEquals(List.of("d1"), c1.nextRevisions());
    assertEquals(List.of("c2", "d1"), c1.allNextRevisions());
    assertFalse(c1.isBranchPoint());
    assertTrue(c1.isRealBranchPoint());
    RevisionNode c2 = map.revision("c2");
    assertEquals(List.of("c1lib"), c2.dependencies());
    assertEquals(List.of("c1"), c2.resolvedDependencies());
    assertEquals(List.of("b2", "c1"), c2.normalizedDownRevisions());
  }

  @Test
  void effectiveHeadWhenOnlyADependencyPointsAtIt() {
    RevisionMap map =
        RevisionMap.of(
            List.of(
                Revision.of("y1").withBranchLabels("y"),
                Revision.of("x1").withBranchLabels("x"),
                Revision.of("y2", "y1").withDependsOn("x1")));
    assertEquals(List.of("x1", "y2"), map.heads());
    assertEquals(List.of("y2"), map.realHeads());
    assertTrue(map.revision("x1").isHead());
    assertFalse(map.revision("x1").isRealHead());
    assertEquals(List.of("y1", "x1"), map.bases());
    assertEquals(List.of("y1", "x1"), map.realBases());
    assertFalse(map.revision("y2").isRealBase());
  }

  @Test
  void labelsSpreadAlongTheirBranch() {
    RevisionMap map = Graphs.twoLabelledBranches();
    assertEquals(List.of("abranch"), map.revision("c").branchLabels());
    assertEquals(List.of("ebranch"), map.revision("d").branchLabels());
    assertEquals(List.of("ebranch"), map.revision("f").branchLabels());
  }

  @Test
  void normalizedDependenciesDropWhatAnAncestorAlreadyDependsOn() {
    RevisionMap map =
        RevisionMap.of(
            List.of(
                Revision.of("a1"),
                Revision.of("a2", "a1"),
                Revision.of("a3", "a2"),
                Revision.of("b1"),
                Revision.of("b2", "b1").withDependsOn("a3"),
                Revision.of("b3", "b2"),
                Revision.of("b4", "b3").withDependsOn("a3"),
                Revision.of("b5", "b4").withDependsOn("b4")));
    assertEquals(List.of("b3", "a3"), map.revision("b4").allDownRevisions());
    assertEquals(List.of("b3"), map.revision("b4").normalizedDownRevisions());
    assertEquals(List.of("b4"), map.revision("b5").normalizedDownRevisions());
  }

  @Test
  void duplicateIdWarnsAndTheLaterOneWins() {
    RevisionMap map =
        RevisionMap.of(
            List.of(
                Revision.of("aaaa"),
                Revision.of("bbbb", "aaaa"),
                Revision.of("bbbb", "aaaa").withBranchLabels("later")));
    assertEquals(List.of("Revision bbbb is present more than once"), map.warnings());
    assertEquals(List.of("later"), map.revision("bbbb").branchLabels());
    // the superseded node stays a head, as in Alembic ("heads" lists bbbb twice)
    assertEquals(List.of("bbbb", "bbbb"), map.heads());
  }

  @Test
  void missingDownRevisionCarriesBothIds() {
    MissingRevisionException error =
        assertThrows(
            MissingRevisionException.class,
            () -> RevisionMap.of(List.of(Revision.of("aaaa"), Revision.of("bbbb", "zzzz"))));
    assertEquals("zzzz", error.missingId());
    assertEquals("bbbb", error.referencedFrom());
    assertFalse(error.dependency());
    assertEquals("KeyError: 'zzzz'", error.pythonError());
  }

  @Test
  void missingDownRevisionRemembersTheReferrersNextRevisionsSoFar() {
    // map order: bbbb (names zzzz) is linked after cccc and dddd named it as their parent
    MissingRevisionException error =
        assertThrows(
            MissingRevisionException.class,
            () ->
                RevisionMap.of(
                    List.of(
                        Revision.of("cccc", "bbbb"),
                        Revision.of("dddd", "bbbb"),
                        Revision.of("bbbb", "zzzz"))));
    assertEquals(2, error.referencingNextRevisions());
    MissingRevisionException first =
        assertThrows(
            MissingRevisionException.class,
            () ->
                RevisionMap.of(List.of(Revision.of("bbbb", "zzzz"), Revision.of("cccc", "bbbb"))));
    assertEquals(0, first.referencingNextRevisions());
  }

  @Test
  void warningsComeOutEvenWhenBuildingFails() {
    List<String> warnings = new java.util.ArrayList<>();
    assertThrows(
        CycleDetectedException.class,
        () ->
            RevisionMap.of(
                List.of(
                    Revision.of("aaaa", "bbbb"),
                    Revision.of("bbbb", "aaaa"),
                    Revision.of("aaaa", "bbbb")),
                warnings::add));
    assertEquals(List.of("Revision aaaa is present more than once"), warnings);
  }

  @Test
  void missingDependencyIsFlagged() {
    MissingRevisionException error =
        assertThrows(
            MissingRevisionException.class,
            () -> RevisionMap.of(List.of(Revision.of("aaaa").withDependsOn("nope"))));
    assertTrue(error.dependency());
  }

  @Test
  void illegalCharactersAreListedSorted() {
    RevisionException dash = assertThrows(RevisionException.class, () -> Revision.of("abc-123"));
    assertEquals(
        "Character(s) '-' not allowed in revision identifier 'abc-123'", dash.getMessage());
    RevisionException all =
        assertThrows(RevisionException.class, () -> Revision.verifyRevisionId("a@b-c+d"));
    assertEquals(
        "Character(s) '+, -, @' not allowed in revision identifier 'a@b-c+d'", all.getMessage());
  }

  @Test
  void selfLoopsAreRejectedAtConstruction() {
    CycleDetectedException loop =
        assertThrows(CycleDetectedException.class, () -> Revision.of("c", "b", "c"));
    assertEquals(CycleDetectedException.Kind.SELF_LOOP, loop.kind());
    assertEquals("Self-loop is detected in revisions (c)", loop.getMessage());
    CycleDetectedException depLoop =
        assertThrows(CycleDetectedException.class, () -> Revision.of("b", "a").withDependsOn("b"));
    assertEquals("Dependency self-loop is detected in revisions (b)", depLoop.getMessage());
  }

  @Test
  void cyclesAreDetected() {
    CycleDetectedException cycle =
        assertThrows(
            CycleDetectedException.class,
            () ->
                RevisionMap.of(
                    List.of(
                        Revision.of("a"),
                        Revision.of("b", "a"),
                        Revision.of("c", "b", "e"),
                        Revision.of("d", "c"),
                        Revision.of("e", "d"))));
    assertEquals("Cycle is detected in revisions (a, b, c, d, e)", cycle.getMessage());
    CycleDetectedException depCycle =
        assertThrows(
            CycleDetectedException.class,
            () ->
                RevisionMap.of(
                    List.of(
                        Revision.of("a").withDependsOn("c"),
                        Revision.of("b", "a"),
                        Revision.of("c", "b"),
                        Revision.of("d"),
                        Revision.of("e", "d"))));
    assertEquals(CycleDetectedException.Kind.DEPENDENCY_CYCLE, depCycle.kind());
    assertEquals("Dependency cycle is detected in revisions (a, b, c)", depCycle.getMessage());
  }

  @Test
  void aLabelUsedTwiceNamesBothRevisionsInInputOrder() {
    RevisionException clash =
        assertThrows(
            RevisionException.class,
            () ->
                RevisionMap.of(
                    List.of(
                        Revision.of("aaaa").withBranchLabels("x"),
                        Revision.of("bbbb", "aaaa").withBranchLabels("x"))));
    assertEquals(
        "Branch name 'x' in revision bbbb already used by revision aaaa", clash.getMessage());
  }

  @Test
  void anAddedRevisionsLabelMustBeNoKeyOfTheMap() {
    RevisionMap map =
        RevisionMap.of(List.of(Revision.of("aaaa").withBranchLabels("x"), Revision.of("bbbb")));
    map.checkAddedBranchLabels(Revision.of("cccc", "aaaa").withBranchLabels("y"));
    RevisionException label =
        assertThrows(
            RevisionException.class,
            () -> map.checkAddedBranchLabels(Revision.of("cccc", "bbbb").withBranchLabels("x")));
    assertEquals(
        "Branch name 'x' in revision cccc already used by revision aaaa", label.getMessage());
    RevisionException id =
        assertThrows(
            RevisionException.class,
            () -> map.checkAddedBranchLabels(Revision.of("cccc", "bbbb").withBranchLabels("bbbb")));
    assertEquals(
        "Branch name 'bbbb' in revision cccc already used by revision bbbb", id.getMessage());
    RevisionException own =
        assertThrows(
            RevisionException.class,
            () -> map.checkAddedBranchLabels(Revision.of("cccc").withBranchLabels("cccc")));
    assertEquals(
        "Branch name 'cccc' in revision cccc already used by revision cccc", own.getMessage());
  }

  @Test
  void emptyMapHasNothing() {
    RevisionMap map = RevisionMap.of(List.of());
    assertEquals(List.of(), map.heads());
    assertEquals(List.of(), map.getRevisions("heads"));
    assertNull(map.getRevision("head"));
    assertNull(map.getCurrentHead(null));
  }
}
