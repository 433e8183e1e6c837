package migrationtutor.engine.pysrc;

import java.util.List;
import java.util.Objects;

/** Validation helpers for the compact constructors of the AST records. */
final class Checks {
  private Checks() {}

  /** Rejects nulls among required components. */
  static void req(Object... values) {
    for (Object v : values) {
      Objects.requireNonNull(v, "required AST component is null");
    }
  }

  /** An unmodifiable copy of a list that must not contain nulls. */
  static <T> List<T> list(List<T> values) {
    return List.copyOf(values);
  }

  /** Rejects a blank name. */
  static String name(String value) {
    Objects.requireNonNull(value, "name");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("empty name");
    }
    return value;
  }
}
