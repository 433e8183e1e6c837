package migrationtutor.engine.ddl;

import migrationtutor.engine.schema.BinaryType;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.EnumType;
import migrationtutor.engine.schema.FloatType;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.IntervalType;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.NumericType;
import migrationtutor.engine.schema.PickleType;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.UnsupportedType;

/**
 * SQLAlchemy's {@code TypeEngine._type_affinity} (the generic type a type belongs to: Float's is
 * Numeric, Enum's is String) and {@code coerce_compared_value}, which chooses the type of a Python
 * value compared with (or added to) an expression, and so its bind and literal processors.
 */
final class TypeAffinity {
  private TypeAffinity() {}

  /** The affinity, as a name. */
  static String of(SqlType type) {
    if (type instanceof IntegerType) {
      return "Integer";
    } else if (type instanceof StringType || type instanceof EnumType) {
      return "String";
    } else if (type instanceof FloatType || type instanceof NumericType) {
      return "Numeric";
    } else if (type instanceof BinaryType) {
      return "_Binary";
    }
    return type.getClass().getSimpleName();
  }

  /** Whether the type is a Boolean (a column used alone as a condition becomes {@code = 1}). */
  static boolean isBoolean(SqlType type) {
    return type instanceof BooleanType;
  }

  /** Whether {@code +} concatenates ({@code Concatenable}: the string types). */
  static boolean isConcatenable(SqlType type) {
    return type instanceof StringType || type instanceof EnumType;
  }

  /**
   * {@code type.coerce_compared_value(op, value)}: the value's own type ({@code
   * _resolve_value_to_type}) unless that is NullType or of the same affinity; type decorators
   * (Interval, PickleType) keep their own type, binary types take strings as they are.
   */
  static SqlType coerceComparedValue(SqlType type, Object value) {
    if (type instanceof PickleType || type instanceof UnsupportedType) {
      return type;
    } else if (type instanceof IntervalType) {
      return coerceComparedValue(new DateTimeType("DateTime", false), value);
    } else if (type instanceof BinaryType && value instanceof String) {
      return type;
    }
    SqlType resolved = BindProcessor.inferType(value);
    if (resolved instanceof NullType || of(resolved).equals(of(type))) {
      return type;
    }
    return resolved;
  }
}
