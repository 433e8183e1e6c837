package migrationtutor.engine.pysrc;

/** Parses a Python 3.11 module into an AST, or explains why it is not valid Python. */
public final class PyParser {
  private PyParser() {}

  /**
   * Parses source as the contents of fileName (which is only used in messages).
   *
   * @return the module; never null
   * @throws PySyntaxError for any input that CPython 3.11 would reject, for the constructs this
   *     parser does not support (match statements), and for input nested too deeply
   */
  public static Module parse(String source, String fileName) {
    if (source == null || fileName == null) {
      throw new NullPointerException("source and fileName are required");
    }
    // Nesting is bounded, so a large stack always suffices, even before the JIT compiles us.
    return LargeStackThread.call("python-parser", () -> Parser.parse(source, fileName));
  }
}
