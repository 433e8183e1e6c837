package migrationtutor.engine.schema;

/**
 * A type that exists in SQLAlchemy but that SQLite cannot render, e.g. {@code
 * postgresql.ARRAY(sa.Integer())} or {@code sa.ARRAY(...)}. It can be rendered back as Python, but
 * compiling it to DDL fails as it does in SQLAlchemy.
 *
 * @param modulePrefix the prefix as written, e.g. {@code sa} or {@code postgresql}
 * @param className the class name, e.g. {@code ARRAY}
 * @param reprArguments the text between the parentheses of its repr, e.g. {@code Integer()}
 * @param renderArguments the same as autogenerate writes it, e.g. {@code sa.Integer()}
 */
public record UnsupportedType(
    String modulePrefix, String className, String reprArguments, String renderArguments)
    implements SqlType {

  /** Validates that all parts are present. */
  public UnsupportedType {
    if (modulePrefix == null
        || className == null
        || className.isEmpty()
        || reprArguments == null
        || renderArguments == null) {
      throw new IllegalArgumentException("UnsupportedType needs a module, a class and arguments");
    }
  }

  @Override
  public String pythonRepr() {
    return className + "(" + reprArguments + ")";
  }

  @Override
  public String render(String sqlalchemyPrefix) {
    return ("sa".equals(modulePrefix) ? sqlalchemyPrefix : modulePrefix + ".")
        + className
        + "("
        + renderArguments
        + ")";
  }

  @Override
  public java.util.Optional<String> renderImport() {
    return "sa".equals(modulePrefix)
        ? java.util.Optional.empty()
        : java.util.Optional.of("from sqlalchemy.dialects import " + modulePrefix);
  }
}
