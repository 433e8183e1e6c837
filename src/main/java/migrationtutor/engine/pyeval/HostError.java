package migrationtutor.engine.pyeval;

import migrationtutor.engine.pysrc.Span;

/**
 * An error raised by host code called from Python (a binding such as {@code op.add_column} or
 * {@code context.run_migrations}) that must leave the interpreter unchanged: the interpreter only
 * records the innermost Python statement that made the call, for the caller's traceback.
 */
public final class HostError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final RuntimeException error;
  private final transient Span span;
  private final String file;
  private final String function;

  /** Wraps a host error to carry it through evaluated Python. */
  public HostError(RuntimeException error) {
    this(error, null, null, null);
  }

  private HostError(RuntimeException error, Span span, String file, String function) {
    super(error.getMessage(), error, false, false);
    this.error = error;
    this.span = span;
    this.file = file;
    this.function = function;
  }

  /** The host's error. */
  public RuntimeException error() {
    return error;
  }

  /** The Python statement that called into the host, or null when not inside Python code. */
  public Span span() {
    return span;
  }

  /** The file of that statement, or null. */
  public String file() {
    return file;
  }

  /** The function of that statement ({@code <module>} at top level), or null. */
  public String function() {
    return function;
  }

  /** This error located at a place, unless already located (the innermost wins). */
  public HostError locate(Span where, String inFile, String inFunction) {
    return span != null ? this : new HostError(error, where, inFile, inFunction);
  }
}
