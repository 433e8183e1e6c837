package migrationtutor.engine.batch;

import migrationtutor.engine.schema.BinaryType;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.DateType;
import migrationtutor.engine.schema.EnumType;
import migrationtutor.engine.schema.FloatType;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.IntervalType;
import migrationtutor.engine.schema.JsonType;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.NumericType;
import migrationtutor.engine.schema.PickleType;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.TimeType;

/**
 * SQLAlchemy's {@code TypeEngine._type_affinity} (the class right below {@code TypeEngine} in the
 * type's hierarchy), which {@code SQLiteImpl.cast_for_batch_migrate} compares: {@code Float} and
 * {@code Numeric} share {@code Numeric}, every string type and {@code Enum} share {@code String}.
 */
final class TypeAffinity {
  private TypeAffinity() {}

  static String of(SqlType type) {
    if (type instanceof IntegerType) {
      return "Integer";
    } else if (type instanceof StringType || type instanceof EnumType) {
      return "String";
    } else if (type instanceof BooleanType) {
      return "Boolean";
    } else if (type instanceof DateTimeType) {
      return "DateTime";
    } else if (type instanceof DateType) {
      return "Date";
    } else if (type instanceof TimeType) {
      return "Time";
    } else if (type instanceof FloatType || type instanceof NumericType) {
      return "Numeric";
    } else if (type instanceof JsonType) {
      return "JSON";
    } else if (type instanceof BinaryType || type instanceof PickleType) {
      return "_Binary";
    } else if (type instanceof IntervalType) {
      return "Interval";
    } else if (type instanceof NullType) {
      return "NullType";
    }
    return type.className();
  }

  /** {@code cast_for_batch_migrate}: cast unless the affinity is kept or the new type is JSON. */
  static boolean needsCast(SqlType existing, SqlType target) {
    return !of(existing).equals(of(target)) && !(target instanceof JsonType);
  }
}
