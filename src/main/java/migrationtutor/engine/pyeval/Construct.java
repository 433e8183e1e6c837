package migrationtutor.engine.pyeval;

/**
 * A kind of Python construct a {@link Subset} allows or refuses, with the words a violation uses to
 * name it and the default advice on what to write instead (worded for migration scripts).
 */
public enum Construct {
  IMPORT("an import", "import only the modules the subset allows"),
  RELATIVE_IMPORT("a relative import", "import installed packages by their full name"),
  STAR_IMPORT("'from ... import *'", "import the names you use one by one"),
  ASSIGN("an assignment", "pass the values directly"),
  AUG_ASSIGN("an augmented assignment such as '+='", "write the final value directly"),
  ANN_ASSIGN("an annotated assignment", "assign without the annotation"),
  FUNCTION_DEF("a function definition", "keep to upgrade() and downgrade()"),
  NESTED_FUNCTION(
      "a function defined inside another function", "define helper functions at module level"),
  DECORATOR("a decorator", "define upgrade() and downgrade() as plain functions"),
  ASYNC("'async' code", "migration functions are plain 'def' functions"),
  CLASS("a class definition", "define models in your application, not in a migration"),
  WITH("a 'with' statement", "call the operations directly"),
  IF(
      "an 'if' statement",
      "a migration must do the same thing every time it runs; write the operations it needs"),
  FOR("a 'for' loop", "write each operation out as a separate op.* call"),
  WHILE("a 'while' loop", "write each operation out as a separate op.* call"),
  TRY("a 'try' statement", "let errors stop the migration so that Alembic reports them"),
  RAISE("a 'raise' statement", "let the operations report errors themselves"),
  ASSERT("an 'assert' statement", "let the operations report errors themselves"),
  DELETE("a 'del' statement", "simply stop using the name"),
  GLOBAL(
      "a 'global' or 'nonlocal' statement",
      "keep values in local variables or module-level constants"),
  RETURN("a 'return' statement", "let the function end by itself"),
  LAMBDA("a lambda", "write the value out directly"),
  COMPREHENSION("a comprehension", "write the list out element by element"),
  CONDITIONAL_EXPRESSION(
      "a conditional expression ('x if c else y')", "write the value the migration needs"),
  WALRUS("an assignment expression (':=')", "assign on a line of its own"),
  YIELD("'yield'", "call op.* functions instead of producing values"),
  FORBIDDEN_NAME("a builtin that reaches outside the script", "remove it"),
  DUNDER_ATTRIBUTE("a dunder attribute", "use the public attributes of the object");

  private final String description;
  private final String advice;

  Construct(String description, String advice) {
    this.description = description;
    this.advice = advice;
  }

  /** How a violation names the construct, e.g. {@code a 'while' loop}. */
  public String description() {
    return description;
  }

  /** The default advice on what to write instead. */
  public String advice() {
    return advice;
  }
}
