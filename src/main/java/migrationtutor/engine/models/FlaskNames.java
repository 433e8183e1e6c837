package migrationtutor.engine.models;

import java.util.List;
import java.util.regex.Pattern;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyValue;

/**
 * Flask-SQLAlchemy 3.0's automatic table names ({@code flask_sqlalchemy.model}): a model without
 * its own {@code __tablename__} gets its class name in snake case.
 */
final class FlaskNames {
  private static final Pattern BOUNDARY =
      Pattern.compile("((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))");

  private FlaskNames() {}

  /**
   * {@code camel_to_snake_case}: {@code TodoItem} → {@code todo_item}, {@code HTTPLog} → {@code
   * http_log}.
   */
  static String camelToSnakeCase(String name) {
    String snake = BOUNDARY.matcher(name).replaceAll("_$1").toLowerCase(java.util.Locale.ROOT);
    int start = 0;
    while (start < snake.length() && snake.charAt(start) == '_') {
      start++;
    }
    return snake.substring(start);
  }

  /**
   * {@code should_set_tablename}: not for an abstract class; otherwise yes unless the first class
   * along the MRO that defines {@code __tablename__} is the class itself, an abstract model, a
   * mixin (not a model), or defines it with {@code @declared_attr}.
   */
  static boolean shouldSetTablename(
      PyClass cls, List<PyValue> mro, DeclarativeBaseValue base, ModelRegistry registry) {
    if (cls.namespace().containsKey("__abstract__")
        && cls.namespace().get("__abstract__").truthy()) {
      return false;
    }
    for (PyValue b : mro) {
      if (!(b instanceof PyClass c) || !c.namespace().containsKey("__tablename__")) {
        continue;
      }
      if (c.namespace().get("__tablename__") instanceof DeclaredAttr) {
        return false;
      }
      boolean abstractModel =
          c.namespace().containsKey("__abstract__") && c.namespace().get("__abstract__").truthy();
      return !(c == cls || abstractModel || !isModel(c, base));
    }
    return true;
  }

  /** Whether a class derives from the model base ({@code isinstance(c, DeclarativeMeta)}). */
  static boolean isModel(PyClass c, DeclarativeBaseValue base) {
    return Mro.of(c).stream().anyMatch(v -> v == base);
  }
}
