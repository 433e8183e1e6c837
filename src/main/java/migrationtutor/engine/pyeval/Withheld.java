package migrationtutor.engine.pyeval;

/**
 * A builtin that reaches outside the script ({@code open}, {@code eval}, {@code getattr}, ...):
 * present so that the error is about the tutor's rules rather than a NameError. Strict runs raise
 * NotImplementedError on use; tolerant runs note it and continue with an unknown value.
 */
final class Withheld implements PyNative {
  private final Runtime rt;
  private final String name;
  private final String reason;

  Withheld(Runtime rt, String name, String reason) {
    this.rt = rt;
    this.name = name;
    this.reason = reason;
  }

  private PyValue refuse(String use) {
    String message = use + " is not available in scripts the tutor evaluates: " + reason;
    if (rt.policy.isTolerant()) {
      rt.note(null, null, message + "; the result is unknown");
      return new PyUnknown(use);
    }
    throw new PyException("NotImplementedError", message);
  }

  @Override
  public String typeName() {
    return "builtin_function_or_method";
  }

  @Override
  public String repr() {
    return "<built-in function " + name + ">";
  }

  @Override
  public PyValue call(Args args) {
    return refuse(name + "()");
  }

  @Override
  public PyValue attribute(String attr) {
    return refuse(name + "." + attr);
  }

  @Override
  public PyValue item(PyValue key) {
    return refuse(name + "[...]");
  }
}
