package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.batch.BatchRequest;
import migrationtutor.engine.batch.NamingConvention;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TableElement;

/**
 * What {@code op.batch_alter_table(...)} returns: a context manager ({@code
 * contextlib._GeneratorContextManager}) whose entry checks the arguments and yields a {@link
 * BatchOperations}, and whose normal exit flushes the recorded block; a block left by an exception
 * is not flushed, as the generator never resumes after its {@code yield}.
 */
final class BatchContext implements PyNative {
  private final OpRuntime rt;
  private final BoundArgs args;
  private BatchOperations batch;

  BatchContext(OpRuntime rt, BoundArgs args) {
    this.rt = rt;
    this.args = args;
  }

  @Override
  public String typeName() {
    return "_GeneratorContextManager";
  }

  @Override
  public String repr() {
    return "<contextlib._GeneratorContextManager object>";
  }

  @Override
  public PyValue attribute(String name) {
    if (name.equals("__enter__")) {
      return NativeFunction.of("__enter__", a -> enter());
    } else if (name.equals("__exit__")) {
      return NativeFunction.of(
          "__exit__",
          a -> {
            exit(
                a.positional().isEmpty() || a.positional().get(0) == PyNone.NONE
                    ? null
                    : new PyException("Exception", a.positional().get(0).repr()));
            return PyNone.NONE;
          });
    }
    return null;
  }

  // BatchOperationsImpl.__init__ runs when the block is entered: the generator body starts there.
  @Override
  public PyValue enter() {
    return rt.errors()
        .run(
            () -> {
              String table = Operations.name(args, "table_name");
              SchemaArgs.noSchema(args.get("schema"), "op.batch_alter_table");
              PyValue recreate = args.get("recreate");
              if (!(recreate instanceof PyStr r)
                  || !List.of("auto", "always", "never").contains(r.value())) {
                throw PyException.valueError(
                    "recreate may be one of 'auto', 'always', or 'never'.");
              }
              if (!PyArgs.items(args.get("reflect_kwargs")).isEmpty()) {
                throw PyArgs.unsupported(
                    "op.batch_alter_table(reflect_kwargs=...)",
                    "override columns with reflect_args=[sa.Column(...)], or pass the whole table"
                        + " as copy_from=sa.Table(...)");
              }
              batch = new BatchOperations(rt, table, r.value());
              return batch;
            });
  }

  @Override
  public void exit(PyException error) {
    if (error != null || batch == null) {
      return;
    }
    rt.errors()
        .run(
            () -> {
              rt.flusher().flush(request());
              return PyNone.NONE;
            });
  }

  private BatchRequest request() {
    String table = batch.tableName();
    PyValue copyFrom = args.get("copy_from");
    Table copy = null;
    if (copyFrom instanceof SaTable t) {
      // Its constraints were named by its own MetaData's convention when they joined it.
      copy =
          t.metadata() == null
              ? t.table()
              : NamingConvention.apply(t.table(), t.metadata().namingConvention());
    } else if (copyFrom != PyNone.NONE) {
      throw PyArgs.unsupported(
          "op.batch_alter_table(copy_from=" + copyFrom.repr() + ")",
          "pass a table: copy_from=sa.Table('" + table + "', sa.MetaData(), ...)");
    }
    List<TableElement> tableArgs = schemaItems(args.get("table_args"), table);
    Map<String, Object> tableKwargs = new LinkedHashMap<>();
    PyArgs.strDict(args.get("table_kwargs"), "op.batch_alter_table(table_kwargs=...)")
        .forEach(
            (k, v) -> {
              if (v == PyNone.NONE) {
                throw PyArgs.unsupported(
                    "table_kwargs={'" + k + "': None}", "leave the key out instead of giving None");
              }
              tableKwargs.put(k, PyArgs.python(v, "table_kwargs['" + k + "']"));
            });
    List<List<String>> reordering = new ArrayList<>();
    if (args.get("partial_reordering") != PyNone.NONE) {
      for (PyValue group : PyArgs.items(args.get("partial_reordering"))) {
        List<String> names = new ArrayList<>();
        PyArgs.items(group).forEach(n -> names.add(PyArgs.str(n, "partial_reordering")));
        reordering.add(names);
      }
    }
    Map<String, String> convention = new LinkedHashMap<>();
    PyArgs.strDict(args.get("naming_convention"), "op.batch_alter_table(naming_convention=...)")
        .forEach((k, v) -> convention.put(k, PyArgs.str(v, "a naming_convention template")));
    return new BatchRequest(
        table,
        batch.recreate(),
        copy,
        tableArgs,
        tableKwargs,
        reordering,
        convention,
        batch.ops(),
        schemaItems(args.get("reflect_args"), table));
  }

  // The positional items of a Table(...) call (table_args, reflect_args), checked as
  // Table._init_items checks them.
  private static List<TableElement> schemaItems(PyValue items, String table) {
    List<TableElement> elements = new ArrayList<>();
    for (PyValue e : PyArgs.items(items)) {
      if (e instanceof SaColumn c) {
        elements.add(c.toColumn());
      } else if (e instanceof SaSchemaItem.ConstraintItem c) {
        elements.add(c.constraint());
      } else if (e instanceof SaSchemaItem.IndexItem ix) {
        elements.add(ix.toIndex(table));
      } else {
        throw SqlAlchemyExc.argumentError(
            "'SchemaItem' object, such as a 'Column' or a"
                + " 'Constraint' expected, got "
                + e.repr());
      }
    }
    return elements;
  }
}
