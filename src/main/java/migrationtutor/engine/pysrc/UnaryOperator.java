package migrationtutor.engine.pysrc;

/** A unary operator, as CPython's {@code unaryop} node. */
public enum UnaryOperator {
  INVERT("~"),
  NOT("not"),
  UADD("+"),
  USUB("-");

  private final String symbol;

  UnaryOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in Python. */
  public String symbol() {
    return symbol;
  }
}
