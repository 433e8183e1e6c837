package migrationtutor.engine.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import migrationtutor.engine.ops.SaColumn;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.ModuleLoader;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pyeval.Signature;

/**
 * SQLAlchemy 1.4.46's {@code sqlalchemy.orm} (and the older {@code sqlalchemy.ext.declarative}) as
 * models use it: the declarative API is modelled, relationships and other mapper properties are
 * recognised and kept off the tables, and every other public name of the real module is an unknown
 * value. SQLAlchemy 2.0's annotated declarative is added on top: {@code DeclarativeBase}, {@code
 * MappedAsDataclass} and {@code mapped_column} ({@link AnnotatedColumns}); any other name 1.4 does
 * not have fails to import exactly as with the real package.
 */
final class OrmModules {
  /** Where Debian 12's python3-sqlalchemy puts the package (named by ImportError messages). */
  static final String ORM_FILE = "/usr/lib/python3/dist-packages/sqlalchemy/orm/__init__.py";

  static final String DECLARATIVE_FILE =
      "/usr/lib/python3/dist-packages/sqlalchemy/ext/declarative/__init__.py";

  // dir(sqlalchemy.orm) of 1.4.46: the public names, submodules included.
  private static final List<String> ORM_NAMES =
      List.of(
          "AliasOption AppenderQuery AttributeEvent AttributeEvents AttributeState Bundle",
          "CascadeOptions ClassManager ColumnProperty CompositeProperty DeclarativeMeta",
          "EXT_CONTINUE EXT_SKIP EXT_STOP FromStatement IdentityMap InspectionAttr",
          "InspectionAttrInfo InstanceEvents InstanceState InstrumentationEvents",
          "InstrumentedAttribute Load LoaderCriteriaOption MANYTOMANY MANYTOONE Mapped Mapper",
          "MapperEvents MapperProperty NOT_EXTENSION ONETOMANY ORMExecuteState PropComparator",
          "Query QueryContext QueryEvents QueryableAttribute RelationshipProperty Session",
          "SessionEvents SessionTransaction SynonymProperty UOWTransaction UserDefinedOption",
          "aliased as_declarative attributes backref base class_mapper clear_mappers",
          "close_all_sessions clsregistry collections column_property composite",
          "configure_mappers contains_alias contains_eager context create_session decl_api",
          "decl_base declarative_base declarative_mixin declared_attr defaultload defer",
          "deferred dependency descriptor_props dynamic dynamic_loader eagerload evaluator",
          "events exc foreign has_inherited_table identity immediateload instrumentation",
          "interfaces join joinedload lazyload load_only loading make_transient",
          "make_transient_to_detached mapper mapperlib merge_frozen_result merge_result",
          "noload object_mapper object_session outerjoin path_registry persistence",
          "polymorphic_union properties public_factory query query_expression raiseload",
          "reconstructor registry relation relationship relationships remote scoped_session",
          "scoping selectin_polymorphic selectinload session sessionmaker state strategies",
          "strategy_options subqueryload sync synonym synonym_for undefer undefer_group",
          "unitofwork util validates was_deleted with_expression with_loader_criteria",
          "with_parent with_polymorphic");

  private static final Set<String> SUBMODULES =
      Set.of(
          "attributes",
          "base",
          "clsregistry",
          "collections",
          "context",
          "decl_api",
          "decl_base",
          "dependency",
          "descriptor_props",
          "dynamic",
          "evaluator",
          "events",
          "exc",
          "identity",
          "instrumentation",
          "interfaces",
          "loading",
          "mapperlib",
          "path_registry",
          "persistence",
          "properties",
          "query",
          "relationships",
          "scoping",
          "session",
          "state",
          "strategies",
          "strategy_options",
          "sync",
          "unitofwork",
          "util");

  private static final Set<String> PROPERTIES =
      Set.of(
          "relationship",
          "relation",
          "dynamic_loader",
          "synonym",
          "column_property",
          "deferred",
          "composite",
          "query_expression");

  private static final Set<String> COLUMN_PROPERTIES =
      Set.of("column_property", "deferred", "composite");

  private static final Set<String> DECORATORS =
      Set.of("validates", "reconstructor", "synonym_for", "declarative_mixin");

  // cls defaults to object in SQLAlchemy; None here stands for that default (a Signature holds
  // only literal defaults), and anything not a class means "no mixin" alike.
  private static final Signature DECLARATIVE_BASE =
      Signature.parse(
          "declarative_base(bind=None, metadata=None, mapper=None, cls=None, name='Base',"
              + " constructor=None, class_registry=None, metaclass=None)");

  private final ModelContext ctx;
  private final PyModule orm;
  private final PyModule declarative;

  OrmModules(ModelContext ctx) {
    this.ctx = ctx;
    this.orm = new PyModule("sqlalchemy.orm", ORM_FILE);
    for (String line : ORM_NAMES) {
      for (String name : line.split(" ")) {
        orm.put(name, binding(name));
      }
    }
    // The names of SQLAlchemy 2.0's annotated declarative that the tutor reads.
    orm.put("DeclarativeBase", new DeclarativeBaseType(ctx, "DeclarativeBase"));
    orm.put("DeclarativeBaseNoMeta", new DeclarativeBaseType(ctx, "DeclarativeBaseNoMeta"));
    orm.put("MappedAsDataclass", DeclarativeBaseType.mappedAsDataclass());
    orm.put("mapped_column", NativeFunction.of("mapped_column", MappedColumnValue::new));
    this.declarative = new PyModule("sqlalchemy.ext.declarative", DECLARATIVE_FILE);
    for (String name :
        List.of(
            "AbstractConcreteBase",
            "ConcreteBase",
            "DeclarativeMeta",
            "DeferredReflection",
            "as_declarative",
            "declarative_base",
            "declared_attr",
            "extensions",
            "has_inherited_table",
            "instrument_declarative",
            "synonym_for",
            "util")) {
      declarative.put(
          name,
          orm.get(name) != null ? orm.get(name) : unknown("sqlalchemy.ext.declarative." + name));
    }
  }

  /** The module of a dotted name, empty if not one of these. */
  Optional<PyValue> module(String name) {
    if (name.equals("sqlalchemy.orm")) {
      return Optional.of(orm);
    } else if (name.equals("sqlalchemy.ext.declarative")) {
      return Optional.of(declarative);
    } else if (name.startsWith("sqlalchemy.orm.")) {
      String sub = name.substring("sqlalchemy.orm.".length());
      if (SUBMODULES.contains(sub)) {
        return Optional.of(new PyUnknown("module '" + name + "'"));
      }
      // The real package has no such module: say so rather than guess (ImportError when it was
      // a from-import of a name the package lacks).
      throw ModuleLoader.notFound(name);
    }
    return Optional.empty();
  }

  /** {@code sqlalchemy.orm}, for Flask-SQLAlchemy's attribute fallback. */
  PyModule orm() {
    return orm;
  }

  private PyValue binding(String name) {
    if (PROPERTIES.contains(name)) {
      return NativeFunction.of(
          name,
          (Args a) ->
              new MapperPropertyValue(
                  name, COLUMN_PROPERTIES.contains(name) ? columnsOf(a) : List.of()));
    } else if (DECORATORS.contains(name)) {
      return NativeFunction.of(name, OrmModules::decorator);
    }
    return switch (name) {
      case "declarative_base" -> NativeFunction.of(DECLARATIVE_BASE, this::declarativeBase);
      case "as_declarative" ->
          NativeFunction.of(
              name,
              (Args a) ->
                  NativeFunction.of(
                      "decorate",
                      (Args d) -> {
                        PyValue cls = d.positional().get(0);
                        PyClass mixin = cls instanceof PyClass c ? c : null;
                        return new DeclarativeBaseValue(
                            ctx,
                            ctx.metadata(a.keywords().getOrDefault("metadata", PyNone.NONE)),
                            mixin,
                            mixin == null ? "Base" : mixin.name(),
                            false);
                      }));
      case "registry" -> RegistryValue.constructor(ctx);
      case "declared_attr" -> DeclaredAttr.decorator();
      case "Mapped" -> new MappedType();
      default -> unknown("sqlalchemy.orm." + name);
    };
  }

  private PyValue declarativeBase(BoundArgs b) {
    PyValue cls = b.get("cls");
    return new DeclarativeBaseValue(
        ctx,
        ctx.metadata(b.get("metadata")),
        cls instanceof PyClass c ? c : null,
        b.get("name").str(),
        false);
  }

  // @validates('x') and the like: a decorator factory, or the decorator itself.
  private static PyValue decorator(Args a) {
    if (a.positional().size() == 1
        && a.keywords().isEmpty()
        && !(a.positional().get(0) instanceof PyStr)) {
      return a.positional().get(0);
    }
    return NativeFunction.of("decorator", (Args d) -> d.positional().get(0));
  }

  private static List<PyValue> columnsOf(Args a) {
    List<PyValue> out = new ArrayList<>();
    for (PyValue v : a.positional()) {
      if (v instanceof SaColumn || v instanceof PyUnknown u && DeclarativeScan.looksLikeColumn(u)) {
        out.add(v);
      }
    }
    return out;
  }

  private static PyValue unknown(String origin) {
    return new PyUnknown(origin);
  }

  /**
   * {@code sqlalchemy.orm.Mapped}: only annotations use it, which 1.4-style bases ignore and 2.0's
   * {@code DeclarativeBase} reads from their source ({@link MappedAnnotation}).
   */
  private static final class MappedType implements PyNative {
    @Override
    public PyValue item(PyValue key) {
      return new PyUnknown("Mapped[" + key.repr() + "]");
    }

    @Override
    public String typeName() {
      return "type";
    }

    @Override
    public String repr() {
      return "<class 'sqlalchemy.orm.base.Mapped'>";
    }
  }
}
