package migrationtutor.engine.schema;

import java.util.List;

/** Argument checks shared by the schema records. */
final class Names {
  private Names() {}

  static String require(String what, String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException(what + " must be a non-empty name");
    }
    return name;
  }

  static List<String> requireAll(String what, List<String> names) {
    if (names == null) {
      throw new IllegalArgumentException(what + " must be a list of names");
    }
    names.forEach(n -> require(what, n));
    return List.copyOf(names);
  }
}
