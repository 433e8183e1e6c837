package migrationtutor.engine.revision;

import java.util.List;

/** The revision graphs the unit tests share. */
final class Graphs {
  static final String BASE_REV = "7ef08f4a0da7";
  static final String SECOND = "754f44a882e4";
  static final String BRANCHPOINT = "f2d03369f514";
  static final String INDEX = "a808b2f70386";
  static final String DUE_DATE = "78225fe84e20";
  static final String MERGE = "f5b23b650d77";

  private Graphs() {}

  /**
   * The reference transcripts' chain: base -> 7ef0 -> 754f -> f2d0 -> {a808, 7822} -> f5b2. The
   * transcripts' listdir order put a808b2f70386 before 78225fe84e20 ({@code alembic heads} listed
   * it first), which this order reproduces.
   */
  static RevisionMap transcript() {
    return RevisionMap.of(
        List.of(
            Revision.of(BASE_REV),
            Revision.of(SECOND, BASE_REV),
            Revision.of(BRANCHPOINT, SECOND),
            Revision.of(INDEX, BRANCHPOINT),
            Revision.of(DUE_DATE, BRANCHPOINT),
            Revision.of(MERGE, INDEX, DUE_DATE)));
  }

  /** The transcript chain before the merge: two heads on a branch point. */
  static RevisionMap transcriptBeforeMerge() {
    return RevisionMap.of(
        List.of(
            Revision.of(BASE_REV),
            Revision.of(SECOND, BASE_REV),
            Revision.of(BRANCHPOINT, SECOND),
            Revision.of(INDEX, BRANCHPOINT),
            Revision.of(DUE_DATE, BRANCHPOINT)));
  }

  /** aaaa1111 -> bbbb2222 -> cccc3333 -> dddd4444 -> eeee5555. */
  static RevisionMap linear() {
    return RevisionMap.of(
        List.of(
            Revision.of("aaaa1111"),
            Revision.of("bbbb2222", "aaaa1111"),
            Revision.of("cccc3333", "bbbb2222"),
            Revision.of("dddd4444", "cccc3333"),
            Revision.of("eeee5555", "dddd4444")));
  }

  /** Two independent labelled branches (Alembic's LabeledBranchTest). */
  static RevisionMap twoLabelledBranches() {
    return RevisionMap.of(
        List.of(
            Revision.of("a").withBranchLabels("abranch"),
            Revision.of("b", "a"),
            Revision.of("somelongername", "b"),
            Revision.of("c", "somelongername"),
            Revision.of("d"),
            Revision.of("e", "d").withBranchLabels("ebranch"),
            Revision.of("someothername", "e"),
            Revision.of("f", "someothername")));
  }

  /** a -> {b1, b2} -> c (merge) -> d. */
  static RevisionMap diamond() {
    return RevisionMap.of(
        List.of(
            Revision.of("a"),
            Revision.of("b1", "a"),
            Revision.of("b2", "a"),
            Revision.of("c", "b1", "b2"),
            Revision.of("d", "c")));
  }

  /** Two roots; c2 depends on c1 (labelled c1lib) of the other root (DependsOnBranchLabelTest). */
  static RevisionMap dependsOn() {
    return RevisionMap.of(
        List.of(
            Revision.of("a1").withBranchLabels("lib1"),
            Revision.of("b1", "a1"),
            Revision.of("c1", "b1").withBranchLabels("c1lib"),
            Revision.of("a2"),
            Revision.of("b2", "a2"),
            Revision.of("c2", "b2").withDependsOn("c1lib"),
            Revision.of("d1", "c1")));
  }
}
