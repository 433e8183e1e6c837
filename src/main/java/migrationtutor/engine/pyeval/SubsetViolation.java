package migrationtutor.engine.pyeval;

import migrationtutor.engine.pysrc.Span;

/**
 * One construct outside a {@link Subset}: where it is, which kind it is, and a message that names
 * it and says what to write instead. toString() gives {@code line 12:5: message}.
 */
public record SubsetViolation(Span span, Construct construct, String message) {
  @Override
  public String toString() {
    return "line " + span.line() + ":" + span.column() + ": " + message;
  }
}
