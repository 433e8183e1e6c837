package migrationtutor.engine.pyeval;

/**
 * Supplies the modules a script imports: a {@link PyModule} (or any value acting as one), a {@link
 * PyUnknown} for a module the tutor does not model (tolerant callers), or a thrown {@code
 * ModuleNotFoundError}.
 *
 * <p>{@code import a.b.c} asks for {@code a}, {@code a.b} and {@code a.b.c} in turn and binds
 * {@code a}; the interpreter sets each submodule as an attribute of its parent PyModule when the
 * parent lacks it, as CPython's import system does.
 */
@FunctionalInterface
public interface ModuleLoader {
  /** Finds no module at all: every import raises ModuleNotFoundError. */
  ModuleLoader NONE =
      (name, level, importer) -> {
        throw notFound(name);
      };

  /**
   * Loads a module.
   *
   * @param name the dotted name as written ({@code sqlalchemy.dialects}); null for {@code from .
   *     import x}
   * @param level the number of leading dots of a relative import, 0 for an absolute one
   * @param importer the name of the importing module (its {@code __name__})
   */
  PyValue load(String name, int level, String importer);

  /** CPython's error for a module that cannot be found. */
  static PyException notFound(String name) {
    return new PyException("ModuleNotFoundError", "No module named '" + name + "'");
  }
}
