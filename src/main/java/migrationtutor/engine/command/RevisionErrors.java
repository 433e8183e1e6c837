package migrationtutor.engine.command;

import java.util.function.Supplier;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.revision.InternalRevisionError;
import migrationtutor.engine.revision.RevisionCommandException;
import migrationtutor.engine.revision.RevisionErrorContext;
import migrationtutor.engine.revision.RevisionException;

/**
 * Turns revision-graph errors into what Alembic shows at each call site: inside {@code
 * _catch_revision_errors} a {@code FAILED:} message, elsewhere a traceback.
 */
final class RevisionErrors {
  private RevisionErrors() {}

  /** Runs a lookup the way Alembic wraps it in {@code _catch_revision_errors(...)}. */
  static <T> T caught(RevisionErrorContext context, Supplier<T> lookup) {
    try {
      return lookup.get();
    } catch (RevisionCommandException e) {
      throw new CommandError(e.getMessage(), e);
    } catch (InternalRevisionError e) {
      throw traceback(e);
    } catch (RevisionException e) {
      throw new CommandError(context.commandMessage(e), e);
    }
  }

  /** Runs graph access that Alembic does not wrap (e.g. {@code script.get_heads()}). */
  static <T> T uncaught(Supplier<T> access) {
    try {
      return access.get();
    } catch (RevisionCommandException e) {
      throw new CommandError(e.getMessage(), e);
    } catch (InternalRevisionError e) {
      throw traceback(e);
    } catch (RevisionException e) {
      throw new PythonError("alembic.script.revision." + pythonClass(e), e.getMessage());
    }
  }

  static PythonError traceback(InternalRevisionError e) {
    String line = e.pythonError();
    int colon = line.indexOf(": ");
    return colon < 0
        ? new PythonError(line, "")
        : new PythonError(line.substring(0, colon), line.substring(colon + 2));
  }

  private static String pythonClass(RevisionException e) {
    String simple = e.getClass().getSimpleName();
    return switch (simple) {
      case "ResolutionException" -> "ResolutionError";
      case "MultipleHeadsException" -> "MultipleHeads";
      case "RangeNotAncestorException" -> "RangeNotAncestorError";
      case "CycleDetectedException" -> "CycleDetected";
      default -> "RevisionError";
    };
  }
}
