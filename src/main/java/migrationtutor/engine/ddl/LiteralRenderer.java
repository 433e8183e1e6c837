package migrationtutor.engine.ddl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import migrationtutor.engine.schema.UnsupportedConstructException;
import migrationtutor.engine.schema.UnsupportedType;

/**
 * Renders a Python value as a SQL literal of a given type, as SQLAlchemy's {@code
 * render_literal_value} does with each type's {@code literal_processor} on the SQLite dialect:
 * strings quoted with {@code ''} doubling, {@code str(int(v))} for integers, {@code str(v)} for
 * floats and decimals, {@code 1}/{@code 0} for booleans, SQLite's string forms for dates, the UTF-8
 * text of bytes. {@code None} is {@code NULL} for every type.
 */
public final class LiteralRenderer {
  private LiteralRenderer() {}

  /**
   * The literal for {@code value} (a Python value, see {@link PythonRepr}) of {@code type}.
   *
   * @throws PythonException the {@code CompileError} SQLAlchemy raises when the value does not fit
   *     the type, or when the type has no literal renderer (JSON, NullType)
   */
  public static String render(Object value, SqlType type) {
    if (value == null) {
      return "NULL";
    }
    if (type instanceof JsonType || type instanceof NullType) {
      throw new PythonException(
          PythonException.COMPILE_ERROR,
          "No literal value renderer is"
              + " available for literal value \""
              + reprSingleValue(value)
              + "\" with datatype "
              + typeString(type));
    } else if (type instanceof UnsupportedType || type instanceof PickleType) {
      throw new UnsupportedConstructException(
          "a literal value for " + type.render("sa."),
          "insert such values with op.execute() and a SQL string");
    }
    try {
      return process(value, type);
    } catch (PythonException e) {
      throw new PythonException(
          PythonException.COMPILE_ERROR,
          "Could not render literal value \""
              + reprSingleValue(value)
              + "\" with datatype "
              + typeString(type)
              + "; see parent stack trace for more detail.");
    }
  }

  /**
   * A literal as {@code str()} renders it, with the default dialect's processors: native booleans
   * ({@code true}), and dates, times and intervals as Python's {@code str()} of the value in quotes
   * ({@code '2024-01-02 03:04:00'}, no microseconds when there are none).
   */
  static String renderForStr(Object value, SqlType type) {
    if (value == null) {
      return "NULL";
    } else if (type instanceof BooleanType) {
      return BindProcessor.strictBool(value) ? "true" : "false";
    } else if (type instanceof DateTimeType
        || type instanceof DateType
        || type instanceof TimeType
        || type instanceof IntervalType) {
      return quoted(PythonRepr.str(value));
    }
    return render(value, type);
  }

  /**
   * The literal for a value whose type SQLAlchemy infers from the Python type ({@code
   * _resolve_value_to_type}), as for {@code sa.func} arguments and {@code bindparams()} values.
   */
  public static String renderInferred(Object value) {
    return render(value, BindProcessor.inferType(value));
  }

  private static String process(Object value, SqlType type) {
    if (type instanceof IntegerType) {
      return PythonValues.toInt(value).toString();
    } else if (type instanceof FloatType || type instanceof NumericType) {
      return PythonRepr.str(value);
    } else if (type instanceof StringType) {
      return quoted(requireStr(value));
    } else if (type instanceof EnumType e) {
      return quoted(BindProcessor.enumValue(value, e));
    } else if (type instanceof BooleanType) {
      return BindProcessor.strictBool(value) ? "1" : "0";
    } else if (type instanceof DateTimeType) {
      return "'" + SqliteDates.datetime(value) + "'";
    } else if (type instanceof DateType) {
      return "'" + SqliteDates.date(value) + "'";
    } else if (type instanceof TimeType) {
      return "'" + SqliteDates.time(value) + "'";
    } else if (type instanceof IntervalType) {
      // Interval's literal processor hands the raw timedelta to DATETIME's, which refuses it.
      return "'" + SqliteDates.datetime(value) + "'";
    } else if (type instanceof BinaryType) {
      return quoted(decodeUtf8(value));
    }
    throw new IllegalStateException("no literal processor for " + type);
  }

  /** A string literal: single quotes, embedded single quotes doubled. */
  public static String quoted(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** {@code str(type)} as SQLAlchemy writes it in messages: the DDL of the default dialect. */
  static String typeString(SqlType type) {
    if (type instanceof NullType) {
      return "NULL";
    } else if (type instanceof UnsupportedType) {
      return type.className();
    }
    return SqliteTypeCompiler.process(type);
  }

  /** {@code sql_util._repr_single_value}: the repr, cut in the middle past 300 characters. */
  static String reprSingleValue(Object value) {
    String rep = PythonRepr.repr(value);
    int length = rep.codePointCount(0, rep.length());
    if (length <= 300) {
      return rep;
    }
    int head = rep.offsetByCodePoints(0, 150);
    int tail = rep.offsetByCodePoints(rep.length(), -150);
    return rep.substring(0, head)
        + " ... ("
        + (length - 300)
        + " characters truncated) ... "
        + rep.substring(tail);
  }

  private static String requireStr(Object value) {
    if (value instanceof String s) {
      return s;
    }
    throw new PythonException(
        "AttributeError", "'" + PythonValues.tpName(value) + "' object has no attribute 'replace'");
  }

  private static String decodeUtf8(Object value) {
    if (!(value instanceof byte[] bytes)) {
      throw new PythonException(
          "AttributeError",
          "'" + PythonValues.tpName(value) + "' object has no attribute 'decode'");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new PythonException("UnicodeDecodeError", "'utf-8' codec can't decode the bytes");
    }
  }
}
