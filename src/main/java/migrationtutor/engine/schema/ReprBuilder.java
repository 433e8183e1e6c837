package migrationtutor.engine.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a type's repr the way SQLAlchemy's {@code util.generic_repr} does: positional values
 * first, then each keyword argument whose value differs from its {@code __init__} default, in
 * signature order, as {@code name=repr(value)}.
 */
final class ReprBuilder {
  private final String className;
  private final List<String> parts = new ArrayList<>();

  ReprBuilder(String className) {
    this.className = className;
  }

  /** Adds a positional value (generic_repr's {@code *args}, e.g. the values of an Enum). */
  ReprBuilder positional(Object value) {
    parts.add(PythonRepr.repr(value));
    return this;
  }

  /** Adds {@code name=repr(value)} unless the value equals the signature default. */
  ReprBuilder keyword(String name, Object value, Object defaultValue) {
    boolean isDefault = value == null ? defaultValue == null : value.equals(defaultValue);
    if (!isDefault) {
      parts.add(name + "=" + PythonRepr.repr(value));
    }
    return this;
  }

  String build() {
    return className + "(" + String.join(", ", parts) + ")";
  }
}
