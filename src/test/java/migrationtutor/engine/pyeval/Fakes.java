package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fake {@code alembic.op}, {@code sqlalchemy} and {@code typing} modules that record calls. */
final class Fakes {
  final List<String> log = new ArrayList<>();
  final PyModule sa = sqlalchemy();
  final PyModule op = op();

  /** A loader for alembic, sqlalchemy (and submodules), typing, datetime and enum. */
  ModuleLoader loader() {
    PyModule alembic = new PyModule("alembic").put("op", op);
    PyModule typing = new PyModule("typing");
    for (String n : new String[] {"Union", "Sequence", "Optional", "List", "Any"}) {
      typing.put(n, new FakeObject("typing." + n));
    }
    PyModule postgresql =
        new PyModule("sqlalchemy.dialects.postgresql").put("JSONB", callable("postgresql.JSONB"));
    PyModule datetime = new PyModule("datetime").put("datetime", new FakeObject("datetime"));
    Map<String, PyValue> modules =
        Map.of(
            "alembic",
            alembic,
            "sqlalchemy",
            sa,
            "typing",
            typing,
            "sqlalchemy.dialects",
            new PyModule("sqlalchemy.dialects"),
            "sqlalchemy.dialects.postgresql",
            postgresql,
            "datetime",
            datetime,
            "alembic.op",
            op);
    return (name, level, importer) -> {
      PyValue m = level == 0 ? modules.get(name) : null;
      if (m == null) {
        throw ModuleLoader.notFound(name);
      }
      return m;
    };
  }

  private static PyValue callable(String name) {
    return new FakeObject(name);
  }

  private PyModule sqlalchemy() {
    PyModule m = new PyModule("sqlalchemy");
    for (String n :
        new String[] {
          "Column",
          "Integer",
          "Text",
          "DateTime",
          "Boolean",
          "Enum",
          "PrimaryKeyConstraint",
          "UniqueConstraint",
          "ForeignKeyConstraint",
          "ForeignKey",
          "text",
          "table",
          "column",
          "VARCHAR",
          "Numeric",
          "Date",
          "JSON"
        }) {
      m.put(n, callable("sa." + n));
    }
    Signature string = Signature.parse("String(length=None, collation=None)");
    m.put(
        "String",
        new PyNative() {
          @Override
          public String typeName() {
            return "type";
          }

          @Override
          public String repr() {
            return "sa.String";
          }

          @Override
          public PyValue call(Args args) {
            BoundArgs b = string.bind(args);
            return new FakeObject(
                b.isNone("length")
                    ? "sa.String()"
                    : "sa.String(length=" + b.get("length").repr() + ")");
          }
        });
    return m;
  }

  private NativeFunction record(String spec, PyValue result) {
    Signature sig = Signature.parse(spec);
    return NativeFunction.of(
        sig,
        b -> {
          log.add("op." + sig.name() + "(" + renderBound(b) + ")");
          return result;
        });
  }

  static String renderBound(BoundArgs b) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, PyValue> e : b.asMap().entrySet()) {
      if (b.passed(e.getKey())
          || e.getValue() instanceof PyTuple t && !t.items().isEmpty()
          || e.getValue() instanceof PyDict d && !d.entries().isEmpty()) {
        parts.add(e.getKey() + "=" + e.getValue().repr());
      }
    }
    return String.join(", ", parts);
  }

  private PyModule op() {
    PyModule m = new PyModule("alembic.op");
    m.put("add_column", record("add_column(table_name, column, *, schema=None)", null));
    m.put(
        "drop_column", record("drop_column(table_name, column_name, *, schema=None, **kw)", null));
    m.put("drop_table", record("drop_table(table_name, *, schema=None, **kw)", null));
    m.put(
        "create_index",
        record(
            "create_index(index_name, table_name, columns, *, "
                + "schema=None, unique=False, **kw)",
            null));
    m.put(
        "drop_index",
        record("drop_index(index_name, table_name=None, *, schema=None, **kw)", null));
    m.put("execute", record("execute(sqltext, *, execution_options=None)", null));
    m.put("bulk_insert", record("bulk_insert(table, rows, *, multiinsert=True)", null));
    m.put(
        "alter_column",
        record(
            "alter_column(table_name, column_name, *, nullable=None, "
                + "server_default=False, new_column_name=None, type_=None, existing_type=None, **kw)",
            null));
    Signature create = Signature.parse("create_table(table_name, *columns, **kw)");
    m.put(
        "create_table",
        NativeFunction.of(
            create,
            b -> {
              log.add("op.create_table(" + renderBound(b) + ")");
              return new FakeObject("Table(" + b.get("table_name").repr() + ")");
            }));
    m.put("f", NativeFunction.of(Signature.parse("f(name)"), b -> b.get("name")));
    m.put(
        "batch_alter_table",
        NativeFunction.of(
            Signature.parse("batch_alter_table(table_name, schema=None, recreate='auto')"),
            b -> new Batch(b.get("table_name").str())));
    return m;
  }

  /** {@code with op.batch_alter_table(...) as batch_op:}. */
  final class Batch implements PyNative {
    private final String table;

    Batch(String table) {
      this.table = table;
    }

    @Override
    public String typeName() {
      return "BatchOperations";
    }

    @Override
    public PyValue enter() {
      log.add("batch " + table + " {");
      return this;
    }

    @Override
    public void exit(PyException error) {
      log.add(
          error == null
              ? "} batch " + table
              : "} batch " + table + " failed: " + error.exceptionLine());
    }

    @Override
    public PyValue attribute(String name) {
      if (name.equals("f")) {
        return NativeFunction.of("f", a -> a.positional().get(0));
      }
      if (name.startsWith("_")) {
        return null;
      }
      return NativeFunction.of(
          name,
          a -> {
            log.add("batch_op." + name + "(" + FakeObject.render(a) + ")");
            return PyNone.NONE;
          });
    }
  }
}
