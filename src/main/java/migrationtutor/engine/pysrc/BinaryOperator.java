package migrationtutor.engine.pysrc;

/** A binary arithmetic or bitwise operator, as CPython's {@code operator} node. */
public enum BinaryOperator {
  ADD("+"),
  SUB("-"),
  MULT("*"),
  MAT_MULT("@"),
  DIV("/"),
  MOD("%"),
  POW("**"),
  LSHIFT("<<"),
  RSHIFT(">>"),
  BIT_OR("|"),
  BIT_XOR("^"),
  BIT_AND("&"),
  FLOOR_DIV("//");

  private final String symbol;

  BinaryOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in Python, e.g. {@code "//"}. */
  public String symbol() {
    return symbol;
  }

  /** The operator written as {@code symbol}, or null if there is none. */
  static BinaryOperator ofSymbol(String symbol) {
    for (BinaryOperator op : values()) {
      if (op.symbol.equals(symbol)) {
        return op;
      }
    }
    return null;
  }
}
