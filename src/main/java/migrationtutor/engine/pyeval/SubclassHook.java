package migrationtutor.engine.pyeval;

/**
 * A native value used as a base class whose metaclass (or {@code __init_subclass__}) takes part in
 * creating its subclasses, as SQLAlchemy's declarative base does when it maps each model class.
 *
 * <p>When a class statement finishes building its class, every hook found among its bases —
 * directly or through the bases of classes defined in scripts — is told about the new class once,
 * before any class decorator applies (Python runs {@code type.__new__}, which calls {@code
 * __init_subclass__}, before the decorators).
 */
public interface SubclassHook extends PyNative {
  /**
   * Called with a class statement's new class.
   *
   * @throws PyException what the metaclass would raise; it propagates from the class statement
   */
  void subclassCreated(PyClass cls);
}
