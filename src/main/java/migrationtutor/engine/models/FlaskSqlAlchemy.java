package migrationtutor.engine.models;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.ops.SaMetaData;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;

/**
 * Flask-SQLAlchemy 3.0's extension object, {@code db = SQLAlchemy(app)}: {@code db.Model} is a
 * declarative base that names each table after its class, {@code db.metadata} its MetaData, {@code
 * db.Table(name, *columns)} a Table on that MetaData, and every other name comes from {@code
 * sqlalchemy} or {@code sqlalchemy.orm} ({@code db.Column}, {@code db.String}, {@code
 * db.relationship}). The Flask application and the session are unknown values.
 */
final class FlaskSqlAlchemy implements PyNative {
  private final ModelContext ctx;
  private final PyModule orm;
  private final SaMetaData metadata;
  private final DeclarativeBaseValue model;

  private FlaskSqlAlchemy(ModelContext ctx, PyModule orm, Args args) {
    this.ctx = ctx;
    this.orm = orm;
    this.metadata = ctx.metadata(args.keywords().getOrDefault("metadata", PyNone.NONE));
    PyValue modelClass = args.keywords().get("model_class");
    this.model =
        new DeclarativeBaseValue(
            ctx, metadata, modelClass instanceof PyClass c ? c : null, "Model", true);
  }

  /** The {@code flask_sqlalchemy} module: {@code SQLAlchemy}, and unknowns for the rest. */
  static PyNative module(ModelContext ctx, PyModule orm) {
    NativeFunction sqlalchemy =
        NativeFunction.of("SQLAlchemy", (Args a) -> new FlaskSqlAlchemy(ctx, orm, a));
    return new PyNative() {
      @Override
      public PyValue attribute(String name) {
        return switch (name) {
          case "SQLAlchemy" -> sqlalchemy;
          case "__name__" -> new PyStr("flask_sqlalchemy");
          default -> new PyUnknown("flask_sqlalchemy." + name);
        };
      }

      @Override
      public String typeName() {
        return "module";
      }

      @Override
      public String repr() {
        return "<module 'flask_sqlalchemy'>";
      }
    };
  }

  @Override
  public PyValue attribute(String name) {
    switch (name) {
      case "Model":
        return model;
      case "metadata":
        return metadata;
      case "Table":
        return NativeFunction.of("Table", this::table);
      case "init_app":
        return NativeFunction.of(name, (Args a) -> PyNone.NONE);
      case "session":
      case "engine":
      case "engines":
      case "create_all":
      case "drop_all":
      case "reflect":
      case "get_engine":
      case "paginate":
      case "first_or_404":
      case "get_or_404":
      case "one_or_404":
        return new PyUnknown("db." + name);
      case "relation":
        return orm.get("relationship");
      default:
        if (name.startsWith("_")) {
          return null;
        }
        PyValue sa = ctx.sqlalchemyOrNull(name);
        return sa != null ? sa : orm.get(name);
    }
  }

  // _Table.__new__: without a MetaData as the second argument, db.metadata is put there.
  private PyValue table(Args a) {
    List<PyValue> args = new ArrayList<>(a.positional());
    if (args.size() >= 1 && !(args.size() >= 2 && args.get(1) instanceof SaMetaData)) {
      args.add(1, metadata);
    }
    return ctx.callSqlalchemy("Table", new Args(args, a.keywords()));
  }

  @Override
  public String typeName() {
    return "SQLAlchemy";
  }

  @Override
  public String repr() {
    return "<SQLAlchemy>";
  }
}
