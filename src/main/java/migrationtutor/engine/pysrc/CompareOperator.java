package migrationtutor.engine.pysrc;

/** A comparison operator, as CPython's {@code cmpop} node. */
public enum CompareOperator {
  EQ("=="),
  NOT_EQ("!="),
  LT("<"),
  LT_E("<="),
  GT(">"),
  GT_E(">="),
  IS("is"),
  IS_NOT("is not"),
  IN("in"),
  NOT_IN("not in");

  private final String symbol;

  CompareOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in Python, e.g. {@code "not in"}. */
  public String symbol() {
    return symbol;
  }
}
