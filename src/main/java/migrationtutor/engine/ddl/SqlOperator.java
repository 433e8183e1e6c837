package migrationtutor.engine.ddl;

/**
 * The SQL operators of SQLAlchemy 1.4's {@code sqlalchemy.sql.operators} that data migrations use,
 * with their SQL text, their precedence ({@code operators._PRECEDENCE}, which decides where the
 * compiler adds parentheses) and the operator {@code not_()} turns each into.
 */
public enum SqlOperator {
  /** {@code *}. */
  MUL(" * ", 8, true),
  /** {@code /} ({@code truediv}). */
  DIV(" / ", 8, false),
  /** {@code %}. */
  MOD(" % ", 8, false),
  /** Unary minus. */
  NEG("-", 8, false),
  /** {@code +}. */
  ADD(" + ", 7, true),
  /** {@code -}. */
  SUB(" - ", 7, false),
  /** {@code ||}: {@code +} between strings. */
  CONCAT(" || ", 6, true),
  /** {@code =}. */
  EQ(" = ", 5, false),
  /** {@code !=}. */
  NE(" != ", 5, false),
  /** {@code <}. */
  LT(" < ", 5, false),
  /** {@code <=}. */
  LE(" <= ", 5, false),
  /** {@code >}. */
  GT(" > ", 5, false),
  /** {@code >=}. */
  GE(" >= ", 5, false),
  /** {@code IS}. */
  IS(" IS ", 5, false),
  /** {@code IS NOT}. */
  IS_NOT(" IS NOT ", 5, false),
  /** {@code IN} (the right side an expanding bind parameter). */
  IN(" IN ", 5, false),
  /** {@code NOT IN}, which SQLAlchemy always parenthesizes. */
  NOT_IN(" NOT IN ", 5, false),
  /** {@code LIKE}. */
  LIKE(" LIKE ", 5, false),
  /** {@code NOT LIKE}. */
  NOT_LIKE(" NOT LIKE ", 5, false),
  /** {@code ilike}: {@code lower(x) LIKE lower(y)} on SQLite. */
  ILIKE(" LIKE ", 5, false),
  /** {@code notilike}: {@code lower(x) NOT LIKE lower(y)}. */
  NOT_ILIKE(" NOT LIKE ", 5, false),
  /** {@code BETWEEN}. */
  BETWEEN(" BETWEEN ", 5, false),
  /** {@code NOT BETWEEN}. */
  NOT_BETWEEN(" NOT BETWEEN ", 5, false),
  /** {@code NOT} ({@code operators.inv}). */
  INV("NOT ", 5, false),
  /** A boolean expression used as a condition: {@code x = 1} without native booleans. */
  IS_TRUE(" = 1", 5, false),
  /** A negated boolean expression: {@code x = 0} without native booleans. */
  IS_FALSE(" = 0", 5, false),
  /** {@code AND}. */
  AND(" AND ", 3, true),
  /** {@code OR}. */
  OR(" OR ", 2, true),
  /** The separator of function arguments ({@code comma_op}). */
  COMMA(", ", -1, false),
  /** What a WHERE clause groups its condition against ({@code operators._asbool}). */
  AS_BOOL("", -10, false);

  private final String sql;
  private final int precedence;
  private final boolean selfPrecedent;

  SqlOperator(String sql, int precedence, boolean selfPrecedent) {
    this.sql = sql;
    this.precedence = precedence;
    this.selfPrecedent = selfPrecedent;
  }

  /** The SQL between the operands (or before/after the operand of a unary operator). */
  String sql() {
    return sql;
  }

  /**
   * {@code operators.is_precedent}: whether an expression of this operator needs parentheses inside
   * one of {@code against} (null: a context of its own, e.g. a SET value).
   */
  boolean isPrecedent(SqlOperator against) {
    if (this == against && selfPrecedent) {
      return false;
    }
    return against == null || precedence <= against.precedence;
  }

  /** The operator {@code not_()} gives a comparison of this operator, or null for none. */
  SqlOperator negation() {
    return switch (this) {
      case EQ -> NE;
      case NE -> EQ;
      case LT -> GE;
      case GE -> LT;
      case GT -> LE;
      case LE -> GT;
      case IS -> IS_NOT;
      case IS_NOT -> IS;
      case IN -> NOT_IN;
      case NOT_IN -> IN;
      case LIKE -> NOT_LIKE;
      case NOT_LIKE -> LIKE;
      case ILIKE -> NOT_ILIKE;
      case NOT_ILIKE -> ILIKE;
      case BETWEEN -> NOT_BETWEEN;
      case NOT_BETWEEN -> BETWEEN;
      case IS_TRUE -> IS_FALSE;
      case IS_FALSE -> IS_TRUE;
      default -> null;
    };
  }

  /** Whether the operator compares (its expression is a Boolean). */
  boolean isComparison() {
    return precedence == 5 && this != INV;
  }
}
