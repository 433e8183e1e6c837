package migrationtutor.engine.revision;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns revision errors into the text Alembic prints after {@code FAILED: }, as {@code
 * ScriptDirectory._catch_revision_errors} does for each call site.
 *
 * <p>Range errors use the call site's "ancestor" template (default {@code Requested range
 * %(start)s:%(end)s does not refer to ancestor/descendant revisions along the same branch}),
 * multiple heads its "multiple heads" template (default {@code Multiple head revisions are present
 * for given argument '%(head_arg)s'; please specify a specific target revision,
 * '<branchname>@%(head_arg)s' to narrow to a specific head, or 'heads' for all heads}), resolution
 * errors become {@code Can't locate revision identified by '<argument>'}, and any other revision
 * error keeps its own message. {@link InternalRevisionError}s are not revision errors in Alembic
 * (they end in a traceback) and are never translated.
 */
public final class RevisionErrorContext {
  private static final String DEFAULT_ANCESTOR =
      "Requested range %(start)s:%(end)s does not refer to ancestor/descendant revisions along"
          + " the same branch";
  private static final String DEFAULT_MULTIPLE_HEADS =
      "Multiple head revisions are present for given argument '%(head_arg)s'; please specify a"
          + " specific target revision, '<branchname>@%(head_arg)s' to narrow to a specific head,"
          + " or 'heads' for all heads";
  private static final Pattern PLACEHOLDER = Pattern.compile("%\\((\\w+)\\)s");

  private final String ancestor;
  private final String multipleHeads;
  private final String start;
  private final String end;

  private RevisionErrorContext(String ancestor, String multipleHeads, String start, String end) {
    this.ancestor = ancestor;
    this.multipleHeads = multipleHeads;
    this.start = start;
    this.end = end;
  }

  /** {@code _catch_revision_errors()} with no arguments (get_revision(s), get_all_current...). */
  public static RevisionErrorContext defaults() {
    return new RevisionErrorContext(null, null, null, null);
  }

  /** {@code _upgrade_revs}: "Destination X is not a valid upgrade target from current head(s)". */
  public static RevisionErrorContext upgrade(String destination) {
    return new RevisionErrorContext(
        "Destination %(end)s is not a valid upgrade target from current head(s)",
        null, null, destination);
  }

  /**
   * {@code _downgrade_revs}: "Destination X is not a valid downgrade target from current head(s)".
   */
  public static RevisionErrorContext downgrade(String destination) {
    return new RevisionErrorContext(
        "Destination %(end)s is not a valid downgrade target from current head(s)",
        null, null, destination);
  }

  /** {@code _stamp_revs}. */
  public static RevisionErrorContext stamp() {
    return new RevisionErrorContext(
        null, "Multiple heads are present; please specify a single target revision", null, null);
  }

  /** {@code walk_revisions(base, head)}, as used by history and branches. */
  public static RevisionErrorContext walkRevisions(RevisionArgument base, RevisionArgument head) {
    return new RevisionErrorContext(null, null, base.toPythonString(), head.toPythonString());
  }

  /** {@code ScriptDirectory.get_current_head}. */
  public static RevisionErrorContext currentHead() {
    return new RevisionErrorContext(
        null,
        "The script directory has multiple heads (due to branching).Please use get_heads(), or"
            + " merge the branches using alembic merge.",
        null,
        null);
  }

  /** {@code generate_revision} (the {@code revision} and {@code merge} commands). */
  public static RevisionErrorContext generateRevision() {
    return new RevisionErrorContext(
        null,
        "Multiple heads are present; please specify the head revision on which the new revision"
            + " should be based, or perform a merge.",
        null,
        null);
  }

  /** The text after {@code FAILED: } for this error at this call site. */
  public String commandMessage(RevisionException error) {
    if (error instanceof RevisionCommandException || error instanceof InternalRevisionError) {
      return error.getMessage();
    } else if (error instanceof RangeNotAncestorException range) {
      String template = ancestor == null ? DEFAULT_ANCESTOR : ancestor;
      return substitute(
          template,
          Map.of(
              "start", start == null ? range.lower() : start,
              "end", end == null ? range.upper() : end));
    } else if (error instanceof MultipleHeadsException heads) {
      String template = multipleHeads == null ? DEFAULT_MULTIPLE_HEADS : multipleHeads;
      return substitute(
          template,
          Map.of(
              "head_arg",
              end == null || end.isEmpty() ? heads.argument() : end,
              "heads",
              PythonText.formatAsComma(heads.heads())));
    } else if (error instanceof ResolutionException resolution) {
      return "Can't locate revision identified by '" + resolution.argument() + "'";
    }
    return error.getMessage();
  }

  /**
   * The exception a command raises for this error: a {@link RevisionCommandException} carrying
   * {@link #commandMessage}, or the error itself when it is internal or already translated.
   */
  public RevisionException translate(RevisionException error) {
    if (error instanceof RevisionCommandException || error instanceof InternalRevisionError) {
      return error;
    }
    return new RevisionCommandException(commandMessage(error), error);
  }

  private static String substitute(String template, Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (placeholder.find()) {
      placeholder.appendReplacement(
          out, Matcher.quoteReplacement(values.getOrDefault(placeholder.group(1), "")));
    }
    placeholder.appendTail(out);
    return out.toString();
  }
}
