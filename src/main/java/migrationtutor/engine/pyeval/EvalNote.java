package migrationtutor.engine.pyeval;

import migrationtutor.engine.pysrc.Span;

/**
 * Something a tolerant evaluation assumed, such as treating an unknown value as false in an {@code
 * if}; callers may show these to explain what the tutor did.
 */
public record EvalNote(String file, Span span, String message) {
  @Override
  public String toString() {
    return (span == null ? file : file + ":" + span.line() + ":" + span.column()) + ": " + message;
  }
}
