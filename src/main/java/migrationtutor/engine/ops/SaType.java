package migrationtutor.engine.ops;

import java.util.Objects;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyInt;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringType;

/** A SQLAlchemy type instance such as {@code sa.String(length=50)}, wrapping its model. */
public final class SaType implements PyNative {
  private final SqlType sqlType;

  SaType(SqlType sqlType) {
    this.sqlType = Objects.requireNonNull(sqlType);
  }

  /** The type in the schema model. */
  public SqlType sqlType() {
    return sqlType;
  }

  /**
   * The type a column-type argument stands for: a type instance, or a type class used uncalled
   * ({@code sa.Integer}), which SQLAlchemy instantiates without arguments ({@code to_instance}).
   * Returns null for anything else.
   */
  static SqlType of(PyValue v) {
    if (v instanceof SaType t) {
      return t.sqlType;
    } else if (v instanceof SaTypeClass c) {
      return c.instance();
    }
    return null;
  }

  /** A type argument that may be None (null); anything that is not a type is refused. */
  static SqlType optional(PyValue v, String construct) {
    if (v == PyNone.NONE) {
      return null;
    }
    SqlType t = of(v);
    if (t == null) {
      throw PyArgs.unsupported(
          construct + " with " + v.repr(), "give a type such as sa.String(50) or sa.Integer()");
    }
    return t;
  }

  @Override
  public String typeName() {
    return sqlType.className();
  }

  @Override
  public String repr() {
    return sqlType.pythonRepr();
  }

  @Override
  public PyValue attribute(String name) {
    if (name.equals("length") && sqlType instanceof StringType s) {
      return s.length() == null ? PyNone.NONE : PyInt.of(s.length());
    } else if (name.equals("with_variant")) {
      // TypeEngine.with_variant(type_, dialect_name): the variant only applies on its dialect,
      // so on SQLite the type stays what it was unless the variant is for "sqlite".
      return Natives.function(
          "with_variant(type_, dialect_name)",
          b -> {
            SqlType variant = optional(b.get("type_"), "with_variant(type_=...)");
            return b.get("dialect_name") instanceof PyStr d && d.value().equals("sqlite")
                ? new SaType(variant)
                : this;
          });
    } else if (name.equals("__class__")) {
      return NativeFunction.of(sqlType.className(), a -> this);
    }
    return null;
  }
}
