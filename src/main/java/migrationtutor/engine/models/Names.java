package migrationtutor.engine.models;

import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pysrc.Expr;

/**
 * The value a name or dotted name in an annotation stands for, looked up as {@code
 * typing.get_type_hints} does for a class: the class body, then its module's globals. Builtins
 * ({@code int}, {@code str}) are not values here: a name found nowhere resolves to null and the
 * type map reads it by its spelling.
 */
final class Names {
  private Names() {}

  static PyValue resolve(PyClass cls, Expr e) {
    if (e instanceof Expr.Name n) {
      PyValue v = cls.namespace().get(n.id());
      return v != null ? v : cls.module().get(n.id());
    } else if (e instanceof Expr.Attribute a) {
      PyValue owner = resolve(cls, a.value());
      try {
        return owner instanceof PyNative n ? n.attribute(a.attr()) : null;
      } catch (RuntimeException ex) {
        // An attribute the value does not have: as unknown as a missing name.
        return null;
      }
    }
    return null;
  }

  /** A bare name's spelling when it names nothing in the class or module (a builtin), else null. */
  static String builtin(PyClass cls, Expr e) {
    return e instanceof Expr.Name n && resolve(cls, e) == null ? n.id() : null;
  }
}
