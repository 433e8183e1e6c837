package migrationtutor.engine.schema;

import java.util.Set;

/** Checks a type record's class name against the SQLAlchemy classes the record stands for. */
final class TypeNames {
  private TypeNames() {}

  static String require(String record, String className, Set<String> allowed) {
    if (className == null || !allowed.contains(className)) {
      throw new IllegalArgumentException(
          record + " stands for one of " + allowed + ", not " + className);
    }
    return className;
  }

  static TypeModule requireModule(String className, TypeModule module, String sqliteClass) {
    if (module == null) {
      throw new IllegalArgumentException("the module of " + className + " must be given");
    }
    if (module == TypeModule.SQLITE && !className.equals(sqliteClass)) {
      throw new IllegalArgumentException(
          "sqlite."
              + className
              + " is the same class as sa."
              + className
              + "; use TypeModule.SQLALCHEMY");
    }
    return module;
  }
}
