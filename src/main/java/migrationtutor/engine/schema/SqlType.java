package migrationtutor.engine.schema;

import java.util.Optional;

/**
 * A SQLAlchemy column type: its class name and constructor arguments, enough to compile it to
 * SQLite DDL ({@code migrationtutor.engine.ddl.SqliteTypeCompiler}) and to render it back as Python
 * the way Alembic's autogenerate does ({@code alembic/autogenerate/render.py _repr_type}).
 */
public sealed interface SqlType
    permits IntegerType,
        StringType,
        BooleanType,
        DateTimeType,
        DateType,
        TimeType,
        IntervalType,
        FloatType,
        NumericType,
        JsonType,
        EnumType,
        BinaryType,
        PickleType,
        NullType,
        UnsupportedType {

  /** The SQLAlchemy class name, e.g. {@code String}, {@code VARCHAR}, {@code DateTime}. */
  String className();

  /** The module the class comes from; only a few SQLite dialect types differ from the default. */
  default TypeModule module() {
    return TypeModule.SQLALCHEMY;
  }

  /** Python's {@code repr()} of the type object, e.g. {@code String(length=50)}. */
  String pythonRepr();

  /**
   * The type as autogenerate writes it: {@code sa.String(length=50)} with the default prefix,
   * {@code sqlite.JSON()} for SQLite dialect types.
   *
   * @param sqlalchemyPrefix Alembic's {@code sqlalchemy_module_prefix}, normally {@code "sa."}
   */
  default String render(String sqlalchemyPrefix) {
    return (module() == TypeModule.SQLITE ? "sqlite." : sqlalchemyPrefix) + pythonRepr();
  }

  /** The import line autogenerate adds for this type, if any. */
  default Optional<String> renderImport() {
    return module() == TypeModule.SQLITE
        ? Optional.of("from sqlalchemy.dialects import sqlite")
        : Optional.empty();
  }
}
