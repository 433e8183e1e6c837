package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.ddl.DmlStrings;
import migrationtutor.engine.ddl.SqlExpression;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.BooleanServerDefault;
import migrationtutor.engine.schema.FunctionServerDefault;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.LiteralColumnServerDefault;
import migrationtutor.engine.schema.ServerDefault;
import migrationtutor.engine.schema.StringServerDefault;
import migrationtutor.engine.schema.TextServerDefault;

/**
 * The arguments schema constructs share: server defaults, constraint column names, index
 * expressions and CHECK conditions, with SQLAlchemy's errors for values of the wrong kind.
 */
final class SchemaArgs {
  private SchemaArgs() {}

  /**
   * {@code server_default=}: a str (a quoted literal), {@code sa.text()}, {@code sa.func.x()},
   * {@code sa.true()}/{@code sa.false()} or {@code sa.literal_column()}; None is no default.
   */
  static ServerDefault serverDefault(PyValue v, String construct) {
    if (v == PyNone.NONE) {
      return null;
    } else if (v instanceof PyStr s) {
      return new StringServerDefault(s.value());
    } else if (v instanceof SaTextClause t) {
      if (!t.values().isEmpty()) {
        throw PyArgs.unsupported(
            construct + " with bound parameter values",
            "write the default's SQL literally in sa.text()");
      }
      return new TextServerDefault(t.text());
    } else if (v instanceof SaFunction f && f.isCall()) {
      return function(f, construct);
    } else if (v instanceof SaSqlElement e) {
      switch (e.kind()) {
        case TRUE:
          return new BooleanServerDefault(true);
        case FALSE:
          return new BooleanServerDefault(false);
        case LITERAL_COLUMN:
          return new LiteralColumnServerDefault(e.text());
        default:
          throw PyArgs.unsupported(
              construct + " with sa.null()",
              "leave server_default out: a column without a default is NULL");
      }
    } else if (v instanceof SaColumnClause || v instanceof SaColumn) {
      throw PyArgs.unsupported(construct + " with a column", "write the SQL in sa.text()");
    }
    // DefaultClause.__init__ checks the argument with util.assert_arg_type.
    throw SqlAlchemyExc.argumentError(
        "Argument 'arg' is expected to be one of type '<class"
            + " 'str'>' or '<class 'sqlalchemy.sql.elements.ClauseElement'>' or '<class"
            + " 'sqlalchemy.sql.elements.TextClause'>', got '"
            + PyArgs.classRepr(v)
            + "'");
  }

  private static FunctionServerDefault function(SaFunction f, String construct) {
    List<Object> args = new ArrayList<>();
    for (PyValue a : f.arguments()) {
      if (a instanceof SaFunction inner && inner.isCall()) {
        args.add(function(inner, construct));
      } else {
        args.add(PyArgs.python(a, construct + " argument of sa.func." + f.name() + "()"));
      }
    }
    return new FunctionServerDefault(f.name(), args);
  }

  /**
   * A column named by a constraint: a str or a column object ({@code
   * ColumnCollectionMixin._col_expressions}).
   */
  static String constraintColumn(PyValue v) {
    if (v instanceof PyStr s) {
      return s.value();
    } else if (v instanceof SaColumnClause c) {
      return c.name();
    } else if (v instanceof SaColumn c && c.name() != null) {
      return c.name();
    }
    throw SqlAlchemyExc.argumentError(
        "String column name or column expression for DDL"
            + " constraint expected, got "
            + v.repr()
            + ".");
  }

  /** The columns named by a constraint's arguments. */
  static List<String> constraintColumns(List<PyValue> values) {
    List<String> names = new ArrayList<>();
    values.forEach(v -> names.add(constraintColumn(v)));
    return names;
  }

  /** An {@code sa.Index(name, *expressions)} expression: a column or {@code sa.text()}. */
  static IndexElement indexExpression(PyValue v) {
    if (v instanceof SaTextClause t) {
      return IndexElement.text(t.text());
    } else if (v instanceof SaFunction f && f.isCall()) {
      throw functionInIndex(f);
    }
    return IndexElement.column(constraintColumn(v));
  }

  /**
   * An {@code op.create_index} column ({@code sqla_compat._textual_index_column}): a str or a
   * {@code text()}; column objects are copied as expressions.
   */
  static IndexElement indexColumn(PyValue v) {
    if (v instanceof PyStr s) {
      return IndexElement.column(s.value());
    } else if (v instanceof SaTextClause t) {
      return IndexElement.text(t.text());
    } else if (v instanceof SaColumnClause c) {
      return IndexElement.column(c.name());
    } else if (v instanceof SaFunction f && f.isCall()) {
      throw functionInIndex(f);
    }
    throw PyException.valueError("String or text() construct expected");
  }

  private static RuntimeException functionInIndex(SaFunction f) {
    return PyArgs.unsupported(
        "an index on sa.func." + f.name() + "(...)",
        "write the expression as SQL text: sa.text('" + f.name() + "(column)')");
  }

  /**
   * A CHECK condition: a str, {@code sa.text()}, or an expression ({@code sa.column('price') >=
   * 0}), compiled as DDL compiles it: literal values, columns without their table.
   */
  static String checkCondition(PyValue v) {
    if (v instanceof PyStr s) {
      return s.value();
    } else if (v instanceof SaTextClause t) {
      return t.text();
    }
    SqlExpression e = SqlOperands.expression(v);
    if (e != null) {
      return HostErrors.translating(() -> DmlStrings.ddl(e));
    }
    throw SqlAlchemyExc.argumentError(
        "SQL expression element for DDL constraint expected, got " + v.repr() + ".");
  }

  /**
   * {@code sqlite_where=}: {@code sa.text()} or an expression ({@code
   * sa.column('deleted_at').is_(None)}), compiled as DDL compiles it; a str fails to compile as in
   * SQLAlchemy.
   */
  static String sqliteWhere(PyValue v) {
    if (v == null || v == PyNone.NONE) {
      return null;
    } else if (v instanceof SaTextClause t) {
      return t.text();
    }
    SqlExpression e = SqlOperands.expression(v);
    if (e != null) {
      return HostErrors.translating(() -> DmlStrings.ddl(e));
    }
    throw PyException.attributeError(
        "'" + v.typeName() + "' object has no attribute '_compiler_dispatch'");
  }

  /** The {@code schema=} argument: the sandbox's SQLite database has no schemas. */
  static void noSchema(PyValue v, String construct) {
    if (v != null && v != PyNone.NONE) {
      throw PyArgs.unsupported(
          construct + "(schema=" + v.repr() + ")",
          "leave schema out (or pass schema=None): the sandbox's SQLite database has no schemas");
    }
  }
}
