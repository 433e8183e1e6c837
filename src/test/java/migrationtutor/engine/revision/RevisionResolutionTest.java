package migrationtutor.engine.revision;

import static migrationtutor.engine.revision.Graphs.BASE_REV;
import static migrationtutor.engine.revision.Graphs.BRANCHPOINT;
import static migrationtutor.engine.revision.Graphs.DUE_DATE;
import static migrationtutor.engine.revision.Graphs.INDEX;
import static migrationtutor.engine.revision.Graphs.MERGE;
import static migrationtutor.engine.revision.Graphs.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionResolutionTest {
  private final RevisionMap transcript = Graphs.transcript();
  private final RevisionLookup lookup = new RevisionLookup(transcript);

  private static List<String> ids(List<RevisionNode> nodes) {
    return RevisionGraph.ids(nodes);
  }

  private static String failure(Runnable action) {
    return assertThrows(RevisionCommandException.class, action::run).getMessage();
  }

  @Test
  void symbolsHeadHeadsBase() {
    assertEquals(MERGE, lookup.getRevision("head").id());
    assertEquals(List.of(MERGE), ids(lookup.getRevisions("heads")));
    assertNull(lookup.getRevision("base"));
    assertEquals(List.of(), lookup.getRevisions("base"));
    assertEquals(List.of(), transcript.resolveRevisionNumber("base"));
  }

  @Test
  void fullIdsAndUniquePrefixesOfAnyLength() {
    assertEquals(MERGE, lookup.getRevision(MERGE).id());
    assertEquals(BRANCHPOINT, lookup.getRevision("f2d").id());
    assertEquals(INDEX, lookup.getRevision("a").id());
    assertEquals(BASE_REV, lookup.getRevision("7ef0").id());
  }

  @Test
  void unknownAndAmbiguousPrefixesGiveTheSameMessage() {
    assertEquals("Can't locate revision identified by 'f'", failure(() -> lookup.getRevision("f")));
    assertEquals("Can't locate revision identified by '7'", failure(() -> lookup.getRevision("7")));
    assertEquals(
        "Can't locate revision identified by 'deadbeef'",
        failure(() -> lookup.getRevision("deadbeef")));
    RevisionMap twins =
        RevisionMap.of(List.of(Revision.of("abc123def456"), Revision.of("abc123fed654")));
    RevisionLookup twinLookup = new RevisionLookup(twins);
    assertEquals(
        "Can't locate revision identified by 'abc1'",
        failure(() -> twinLookup.getRevision("abc1")));
    assertEquals("abc123def456", twinLookup.getRevision("abc123d").id());
  }

  @Test
  void internalResolutionMessagesAreKeptOnTheCause() {
    RevisionMap twins =
        RevisionMap.of(List.of(Revision.of("abc123def456"), Revision.of("abc123fed654")));
    ResolutionException ambiguous =
        assertThrows(ResolutionException.class, () -> twins.getRevision("abc1"));
    assertEquals(
        "Multiple revisions start with 'abc1': 'abc123def456', 'abc123fed654'...",
        ambiguous.getMessage());
    assertEquals("abc1", ambiguous.argument());
    ResolutionException tooShort =
        assertThrows(ResolutionException.class, () -> twins.getRevision("zz"));
    assertEquals(
        "No such revision or branch 'zz'; please ensure at least four characters are present for"
            + " partial revision identifier matches",
        tooShort.getMessage());
  }

  @Test
  void headWithTwoHeadsIsMultipleHeads() {
    RevisionMap twoHeads = Graphs.transcriptBeforeMerge();
    MultipleHeadsException raw =
        assertThrows(MultipleHeadsException.class, () -> twoHeads.getRevision("head"));
    assertEquals(List.of(INDEX, DUE_DATE), raw.heads());
    assertEquals("head", raw.argument());
    assertEquals(
        "Multiple head revisions are present for given argument 'head'; please specify a specific"
            + " target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for"
            + " all heads",
        failure(() -> new RevisionLookup(twoHeads).getRevision("head")));
    assertEquals(List.of(INDEX, DUE_DATE), ids(twoHeads.getRevisions("heads")));
  }

  @Test
  void newRevisionOnSeveralHeadsAsksForAMerge() {
    RevisionLookup twoHeads = new RevisionLookup(Graphs.transcriptBeforeMerge());
    assertEquals(
        "Multiple heads are present; please specify the head revision on which the new revision"
            + " should be based, or perform a merge.",
        failure(() -> twoHeads.newRevisionParents(null)));
    assertEquals(List.of(MERGE), ids(lookup.newRevisionParents(null)));
  }

  @Test
  void relativeFormsWalkFromTheHeads() {
    RevisionMap linear = Graphs.linear();
    assertEquals(List.of("dddd4444"), ids(linear.getRevisions("-1")));
    assertEquals(List.of("bbbb2222"), ids(linear.getRevisions("-3")));
    assertSame(RevisionNode.BASE, linear.getRevisions("-5").get(0));
    assertNull(linear.getRevisions("-6").get(0));
    assertEquals(
        "Ambiguous walk",
        assertThrows(RevisionException.class, () -> transcript.getRevisions("-1")).getMessage());
  }

  @Test
  void branchLabelForms() {
    RevisionMap labelled = Graphs.twoLabelledBranches();
    assertEquals("f", labelled.getRevision("ebranch@head").id());
    assertEquals("c", labelled.getRevision("abranch@heads").id());
    assertNull(labelled.getRevision("abranch@base"));
    assertEquals("someothername", labelled.getRevision("ebranch@some").id());
    assertEquals("somelongername", labelled.getRevision("abranch@some").id());
    assertEquals("e", labelled.getRevision("ebranch@ebranch").id());
    assertEquals("a", labelled.getRevision("abranch").id());
    assertEquals("d", labelled.getRevision("e@d").id());
    assertEquals(List.of("somelongername"), ids(labelled.getRevisions("abranch@-1")));
    assertEquals(List.of("c", "f"), ids(labelled.getRevisions("heads")));
    assertEquals(List.of("f"), ids(labelled.getRevisions("ebranch@heads")));
    assertEquals(
        "Revision b is not a member of branch 'ebranch'",
        assertThrows(ResolutionException.class, () -> labelled.getRevision("ebranch@b"))
            .getMessage());
    assertEquals(
        "No such branch: 'x'",
        assertThrows(ResolutionException.class, () -> labelled.getRevision("x@d")).getMessage());
    RevisionLookup labelledLookup = new RevisionLookup(labelled);
    assertEquals(
        "Can't locate revision identified by 'x'",
        failure(() -> labelledLookup.getRevision("x@d")));
    assertEquals(
        "Can't locate revision identified by 'b'",
        failure(() -> labelledLookup.getRevision("ebranch@b")));
  }

  @Test
  void filterForLineageAndCurrentHeadPerBranch() {
    RevisionMap labelled = Graphs.twoLabelledBranches();
    assertEquals(List.of("f"), labelled.filterForLineage(List.of("c", "f"), "ebranch", false));
    assertEquals("c", labelled.getCurrentHead("abranch"));
    assertEquals(
        "The script directory has multiple heads (due to branching).Please use get_heads(), or"
            + " merge the branches using alembic merge.",
        failure(() -> new RevisionLookup(labelled).getCurrentHead()));
  }

  @Test
  void currentListsTipsOfWhatIsApplied() {
    assertEquals(List.of(INDEX, DUE_DATE), ids(lookup.getAllCurrent(List.of(DUE_DATE, INDEX))));
    assertEquals(List.of(BRANCHPOINT), ids(lookup.getAllCurrent(List.of(BRANCHPOINT))));
    assertEquals(List.of(), lookup.getAllCurrent(List.of()));
    assertEquals(
        "Can't locate revision identified by 'ffffeeee0000'",
        failure(() -> lookup.getAllCurrent(List.of("ffffeeee0000"))));
  }

  @Test
  void offlineStartingHeadsResolvePartialIds() {
    MigrationPlanner planner = new MigrationPlanner(transcript);
    assertEquals(List.of(BASE_REV), planner.offlineStartingHeads("7ef0"));
    assertEquals(List.of(), planner.offlineStartingHeads("base"));
    assertEquals(List.of(SECOND), planner.offlineStartingHeads(SECOND));
    assertEquals(
        "Can't locate revision identified by 'abc'",
        failure(() -> planner.offlineStartingHeads("abc")));
    assertEquals(
        "Can't locate revision identified by '78225fe84e20,a808b2f70386'",
        failure(() -> planner.offlineStartingHeads("78225fe84e20,a808b2f70386")));
  }
}
