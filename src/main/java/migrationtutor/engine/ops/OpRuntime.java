package migrationtutor.engine.ops;

import java.util.function.Consumer;
import java.util.function.Function;
import migrationtutor.engine.ddl.SqliteImpl;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.PythonWarning;

/**
 * What the operation bindings of one migration run share: the impl statements go to, the mode, the
 * batch flusher, the error translation and the schema-object builders.
 *
 * @param impl Alembic's SQLite impl over the run's sink
 * @param offline whether this is {@code --sql} mode
 * @param flusher applies finished batch blocks
 * @param errors translates and remembers engine exceptions
 * @param schema builds constraints, indexes and tables from op arguments
 * @param warnings receives SQLAlchemy's warnings
 */
record OpRuntime(
    SqliteImpl impl,
    boolean offline,
    BatchFlusher flusher,
    HostErrors errors,
    SchemaObjects schema,
    Consumer<PythonWarning> warnings) {

  /**
   * An operation: arguments bound to Alembic's signature, written with {@code self} because both
   * the {@code op} proxy (which forwards {@code *args} to the bound method) and {@code batch_op}
   * count it in CPython's messages ({@code add_column() takes from 3 to 4 positional arguments but
   * 5 were given}); engine exceptions are turned into Python ones and remembered.
   */
  NativeFunction method(String spec, Function<BoundArgs, PyValue> body) {
    Function<Args, BoundArgs> binder = Natives.method(spec);
    String name = spec.substring(0, spec.indexOf('('));
    return NativeFunction.of(name, args -> errors.run(() -> body.apply(binder.apply(args))));
  }
}
