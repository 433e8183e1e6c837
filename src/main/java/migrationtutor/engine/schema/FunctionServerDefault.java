package migrationtutor.engine.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code server_default=sa.func.now()} and other {@code sa.func.<name>(...)} calls: {@code now()}
 * renders as {@code CURRENT_TIMESTAMP} on SQLite, ANSI functions such as {@code current_date()}
 * without parentheses, other names as {@code name(args)}.
 *
 * @param name the function name as written after {@code sa.func.}
 * @param arguments Python literal values (see {@link PythonRepr}) or nested {@code
 *     FunctionServerDefault}s
 */
public record FunctionServerDefault(String name, List<Object> arguments) implements ServerDefault {
  /** Validates the name and copies the arguments (which may hold None). */
  public FunctionServerDefault {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a sa.func server default needs a function name");
    }
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  /** A call without arguments, e.g. {@code sa.func.now()}. */
  public FunctionServerDefault(String name) {
    this(name, List.of());
  }

  @Override
  public boolean isColumnElement() {
    return true;
  }
}
