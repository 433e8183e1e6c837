package migrationtutor.engine.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The FAILED texts of {@code ScriptDirectory._catch_revision_errors}. */
class RevisionErrorContextTest {
  private final RangeNotAncestorException range =
      RangeNotAncestorException.of(RevisionArgument.of("abc"), RevisionArgument.of("def"));
  private final MultipleHeadsException heads =
      new MultipleHeadsException(List.of("a1", "b1"), "head");

  @Test
  void rangeMessagesPerCallSite() {
    assertEquals("Revision abc is not an ancestor of revision def", range.getMessage());
    assertEquals(
        "Requested range abc:def does not refer to ancestor/descendant revisions along the same"
            + " branch",
        RevisionErrorContext.defaults().commandMessage(range));
    assertEquals(
        "Destination 754f is not a valid upgrade target from current head(s)",
        RevisionErrorContext.upgrade("754f").commandMessage(range));
    assertEquals(
        "Destination 754f is not a valid downgrade target from current head(s)",
        RevisionErrorContext.downgrade("754f").commandMessage(range));
    assertEquals(
        "Requested range ('a', 'b'):heads does not refer to ancestor/descendant revisions along"
            + " the same branch",
        RevisionErrorContext.walkRevisions(
                RevisionArgument.of(List.of("a", "b")), RevisionArgument.of("heads"))
            .commandMessage(range));
    RangeNotAncestorException empty =
        RangeNotAncestorException.of(RevisionArgument.of(List.of()), RevisionArgument.of("x"));
    assertEquals("Revision base is not an ancestor of revision x", empty.getMessage());
    assertEquals("()", empty.lower());
  }

  @Test
  void multipleHeadsMessagesPerCallSite() {
    assertEquals(
        "Multiple heads are present for given argument 'head'; a1, b1", heads.getMessage());
    assertEquals(
        "Multiple head revisions are present for given argument 'br@head'; please specify a"
            + " specific target revision, '<branchname>@br@head' to narrow to a specific head, or"
            + " 'heads' for all heads",
        RevisionErrorContext.upgrade("br@head").commandMessage(heads));
    assertEquals(
        "Multiple heads are present; please specify a single target revision",
        RevisionErrorContext.stamp().commandMessage(heads));
  }

  @Test
  void resolutionAndPlainErrors() {
    ResolutionException missing = new ResolutionException("No such branch: 'x'", "x");
    assertEquals(
        "Can't locate revision identified by 'x'",
        RevisionErrorContext.defaults().commandMessage(missing));
    RevisionException plain = new RevisionException("Ambiguous walk");
    RevisionCommandException translated =
        (RevisionCommandException) RevisionErrorContext.upgrade("+1").translate(plain);
    assertEquals("Ambiguous walk", translated.getMessage());
    assertSame(plain, translated.revisionError());
  }

  @Test
  void internalErrorsAreNotTranslated() {
    InternalRevisionError internal = InternalRevisionError.keyError("abc");
    assertSame(internal, RevisionErrorContext.defaults().translate(internal));
    assertEquals("KeyError: 'abc'", internal.pythonError());
  }
}
