package migrationtutor.engine.pyeval;

/**
 * A value the evaluator cannot know statically, such as the result of calling a function from a
 * package the tutor does not model. Only tolerant evaluations (env.py, application modules) produce
 * it; attributes, calls, items and arithmetic on it give further unknowns, iterating it gives
 * nothing, and branching on it asks the policy's {@link UnknownTruth}.
 *
 * @param origin a short description of where it came from, e.g. {@code sessionmaker(...)}
 */
public record PyUnknown(String origin) implements PyValue {
  @Override
  public String typeName() {
    return "object";
  }

  @Override
  public boolean truthy() {
    return true;
  }

  @Override
  public String repr() {
    return "<" + origin + ">";
  }

  /** The unknown result of {@code this.name}. */
  PyUnknown attribute(String name) {
    return new PyUnknown(origin + "." + name);
  }

  /** The unknown result of calling this. */
  PyUnknown called() {
    return new PyUnknown(origin + "(...)");
  }
}
