package migrationtutor.engine.pyeval;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Arguments bound to a {@link Signature}'s parameters: every parameter has a value (its default
 * when not passed), {@code *args} a tuple and {@code **kwargs} a dict.
 */
public final class BoundArgs {
  private final Signature signature;
  private final Map<String, PyValue> values;
  private final Set<String> passed;

  BoundArgs(Signature signature, Map<String, PyValue> values, Set<String> passed) {
    this.signature = signature;
    this.values = Collections.unmodifiableMap(values);
    this.passed = Collections.unmodifiableSet(passed);
  }

  /** The signature these arguments were bound to. */
  public Signature signature() {
    return signature;
  }

  /** The value of a parameter. */
  public PyValue get(String name) {
    PyValue v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException(signature.name() + " has no parameter " + name);
    }
    return v;
  }

  /** Whether the caller passed this parameter (rather than it taking its default). */
  public boolean passed(String name) {
    return passed.contains(name);
  }

  /** Whether the parameter's value is None. */
  public boolean isNone(String name) {
    return get(name) == PyNone.NONE;
  }

  /** Every parameter's value in parameter order. */
  public Map<String, PyValue> asMap() {
    return values;
  }
}
