package migrationtutor.engine.ddl;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
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
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.TimeType;
import migrationtutor.engine.schema.TypeModule;
import migrationtutor.engine.schema.UnsupportedConstructException;
import migrationtutor.engine.schema.UnsupportedType;

/**
 * Turns a Python value into the parameter SQLAlchemy hands to the sqlite3 driver, as each type's
 * {@code bind_processor} does on SQLite: floats for Numeric/Float, {@code 1}/{@code 0} for Boolean,
 * SQLite's strings for dates, {@code json.dumps} for JSON; everything else unchanged.
 */
final class BindProcessor {
  private BindProcessor() {}

  private static final java.time.LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

  /**
   * The processed parameter.
   *
   * @throws PythonException the error the processor raises (SQLAlchemy wraps it in a {@code
   *     StatementError})
   */
  static Object process(Object value, SqlType type) {
    if (type instanceof JsonType j) {
      return value == null && j.noneAsNull() ? null : PythonJson.dumps(value);
    }
    if (value == null) {
      return null;
    }
    if (type instanceof FloatType || type instanceof NumericType) {
      return PythonValues.toFloat(value);
    } else if (type instanceof EnumType e) {
      return enumValue(value, e);
    } else if (type instanceof BooleanType) {
      return strictBool(value) ? 1L : 0L;
    } else if (type instanceof DateTimeType) {
      return SqliteDates.datetime(value);
    } else if (type instanceof DateType) {
      return SqliteDates.date(value);
    } else if (type instanceof TimeType) {
      return SqliteDates.time(value);
    } else if (type instanceof IntervalType) {
      if (value instanceof Duration d) {
        return SqliteDates.datetime(EPOCH.plus(d));
      }
      throw new PythonException(
          "TypeError",
          "unsupported operand type(s) for +:"
              + " 'datetime.datetime' and '"
              + PythonValues.tpName(value)
              + "'");
    } else if (type instanceof BinaryType) {
      if (value instanceof byte[]) {
        return value;
      }
      throw new PythonException(
          "TypeError",
          "memoryview: a bytes-like object is required, not '" + PythonValues.tpName(value) + "'");
    } else if (type instanceof PickleType || type instanceof UnsupportedType) {
      throw new UnsupportedConstructException(
          "a value for a column of type " + type.render("sa."),
          "store such values with op.execute() and a SQL string");
    }
    return value;
  }

  /**
   * SQLAlchemy's {@code _resolve_value_to_type}: the type it gives a bare Python value, e.g. a
   * {@code bindparams()} value or a {@code sa.func} argument.
   */
  static SqlType inferType(Object value) {
    if (value instanceof Boolean) {
      return new BooleanType("Boolean");
    } else if (PythonValues.isInt(value)) {
      return new IntegerType("Integer");
    } else if (value instanceof Double || value instanceof Float) {
      return new FloatType("Float");
    } else if (value instanceof BigDecimal) {
      return new NumericType("Numeric", null, null);
    } else if (value instanceof String) {
      return new StringType("String");
    } else if (value instanceof byte[]) {
      return new BinaryType("LargeBinary", null);
    } else if (value instanceof LocalDateTime || value instanceof OffsetDateTime) {
      return new DateTimeType(TypeModule.SQLALCHEMY, "DateTime", value instanceof OffsetDateTime);
    } else if (value instanceof LocalDate) {
      return new DateType("Date");
    } else if (value instanceof LocalTime) {
      return new TimeType("Time", false);
    } else if (value instanceof Duration) {
      return new IntervalType();
    }
    return new NullType();
  }

  /** {@code Boolean._strict_as_bool}: None/True/False and anything equal to 0 or 1. */
  static boolean strictBool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number n) {
      BigDecimal d =
          value instanceof BigDecimal bd
              ? bd
              : value instanceof Double || value instanceof Float
                  ? (Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue())
                      ? null
                      : new BigDecimal(n.doubleValue()))
                  : new BigDecimal(n.toString());
      if (d != null && (d.compareTo(BigDecimal.ONE) == 0 || d.signum() == 0)) {
        return d.signum() != 0;
      }
      if (PythonValues.isInt(value)) {
        throw new PythonException(
            "ValueError", "Value " + PythonRepr.repr(value) + " is not None, True, or False");
      }
    }
    throw new PythonException("TypeError", "Not a boolean value: " + PythonRepr.repr(value));
  }

  /** {@code Enum._db_value_for_elem}: strings pass (known or not), anything else is refused. */
  static String enumValue(Object value, EnumType type) {
    if (value instanceof String s) {
      return s;
    }
    throw new PythonException(
        "LookupError",
        "'"
            + PythonRepr.str(value)
            + "' is not among the"
            + " defined enum values. Enum name: "
            + (type.name() == null ? "None" : type.name())
            + ". Possible values: "
            + reprTupleNames(type.values()));
  }

  // langhelpers.repr_tuple_names: at most four names, each cut to 11 characters plus "..".
  private static String reprTupleNames(List<String> names) {
    if (names.isEmpty()) {
      return "None";
    }
    boolean all = names.size() <= 4;
    List<String> shown =
        all
            ? names
            : List.of(names.get(0), names.get(1), names.get(2), names.get(names.size() - 1));
    List<String> cut =
        shown.stream()
            .map(
                n ->
                    n.codePointCount(0, n.length()) > 11
                        ? n.substring(0, n.offsetByCodePoints(0, 11)) + ".."
                        : n)
            .toList();
    return all
        ? String.join(", ", cut)
        : String.join(", ", cut.subList(0, 3)) + ", ..., " + cut.get(3);
  }
}
