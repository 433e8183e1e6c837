package migrationtutor.engine.pysrc;

/** A short-circuit boolean operator, as CPython's {@code boolop} node. */
public enum BoolOperator {
  AND("and"),
  OR("or");

  private final String symbol;

  BoolOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in Python. */
  public String symbol() {
    return symbol;
  }
}
