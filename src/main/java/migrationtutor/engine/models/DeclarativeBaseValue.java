package migrationtutor.engine.models;

import migrationtutor.engine.ops.SaMetaData;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pyeval.SubclassHook;

/**
 * A declarative base class: what {@code declarative_base()}, {@code registry.generate_base()} and
 * {@code @as_declarative()} return, and Flask-SQLAlchemy's {@code db.Model}. Its metaclass maps
 * every class defined on it ({@link DeclarativeScan}).
 */
final class DeclarativeBaseValue implements SubclassHook {
  private final ModelContext ctx;
  private final SaMetaData metadata;
  private final PyClass mixin;
  private final String name;
  private final boolean flask;
  private final PyDict typeAnnotationMap;

  /**
   * @param metadata the base's MetaData
   * @param mixin the class given as {@code cls=} (or decorated by {@code as_declarative}), whose
   *     attributes every model inherits; null for {@code object}
   * @param name the class name ({@code name=}, default {@code Base})
   * @param flask whether this is Flask-SQLAlchemy's {@code db.Model}, which names tables after
   *     their classes
   */
  DeclarativeBaseValue(
      ModelContext ctx, SaMetaData metadata, PyClass mixin, String name, boolean flask) {
    this.ctx = ctx;
    this.metadata = metadata;
    this.mixin = mixin;
    this.name = name;
    this.flask = flask;
    this.typeAnnotationMap = null;
  }

  /**
   * The base a {@code DeclarativeBase} subclass is (SQLAlchemy 2.0): its classes are scanned for
   * {@code Mapped[...]} annotations ({@link AnnotatedColumns}).
   *
   * @param typeAnnotationMap its {@code type_annotation_map}, or null
   */
  DeclarativeBaseValue(
      ModelContext ctx, SaMetaData metadata, String name, PyDict typeAnnotationMap) {
    this.ctx = ctx;
    this.metadata = metadata;
    this.mixin = null;
    this.name = name;
    this.flask = false;
    this.typeAnnotationMap = typeAnnotationMap == null ? new PyDict() : typeAnnotationMap;
  }

  /** Whether classes are read as SQLAlchemy 2.0's annotated declarative reads them. */
  boolean annotated() {
    return typeAnnotationMap != null;
  }

  /** The {@code type_annotation_map} of a 2.0 base (empty when none), null for a 1.4 base. */
  PyDict typeAnnotationMap() {
    return typeAnnotationMap;
  }

  SaMetaData metadata() {
    return metadata;
  }

  /** The {@code cls=} class, or null. */
  PyClass mixin() {
    return mixin;
  }

  boolean flask() {
    return flask;
  }

  @Override
  public void subclassCreated(PyClass cls) {
    new DeclarativeScan(ctx, this, cls).map();
  }

  @Override
  public PyValue attribute(String attr) {
    switch (attr) {
      case "metadata":
        return metadata;
      case "__name__":
        return new PyStr(name);
      case "registry":
        return new RegistryValue(ctx, metadata);
      case "query":
      case "query_class":
        return flask ? new PyUnknown("db.Model." + attr) : null;
      default:
        return mixin == null ? null : mixin.attribute(attr);
    }
  }

  @Override
  public PyValue call(Args args) {
    throw new PyException(
        "NotImplementedError",
        "creating instances of class '"
            + name
            + "' is not supported: the tutor evaluates scripts without running their classes");
  }

  @Override
  public String typeName() {
    return "DeclarativeMeta";
  }

  @Override
  public String repr() {
    return flask
        ? "<class 'flask_sqlalchemy.model.Model'>"
        : "<class 'sqlalchemy.orm.decl_api." + name + "'>";
  }
}
