package migrationtutor.engine.models;

import java.util.IdentityHashMap;
import java.util.Map;
import migrationtutor.engine.ops.SaMetaData;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pyeval.SubclassHook;

/**
 * SQLAlchemy 2.0's {@code sqlalchemy.orm.DeclarativeBase}. Its {@code __init_subclass__} makes a
 * direct subclass a declarative base — with the {@code metadata} and {@code type_annotation_map}
 * the class body gives, else a new MetaData — and maps every class derived from such a base.
 */
final class DeclarativeBaseType implements SubclassHook {
  private final ModelContext ctx;
  private final String name;
  private final Map<PyClass, DeclarativeBaseValue> bases = new IdentityHashMap<>();

  /**
   * @param name {@code DeclarativeBase} or {@code DeclarativeBaseNoMeta}
   */
  DeclarativeBaseType(ModelContext ctx, String name) {
    this.ctx = ctx;
    this.name = name;
  }

  @Override
  public void subclassCreated(PyClass cls) {
    if (cls.bases().contains(this)) {
      setUpBase(cls);
      return;
    }
    for (PyValue b : Mro.of(cls)) {
      DeclarativeBaseValue base = b instanceof PyClass c ? bases.get(c) : null;
      if (base != null) {
        new DeclarativeScan(ctx, base, cls).map();
        return;
      }
    }
  }

  // _setup_declarative_base: the class's own metadata (or registry's), else a new MetaData, set
  // on the class as Base.metadata and Base.registry.
  private void setUpBase(PyClass cls) {
    PyValue given = cls.namespace().get("metadata");
    PyValue registry = cls.namespace().get("registry");
    SaMetaData metadata;
    if (given instanceof SaMetaData m) {
      metadata = m;
    } else if (registry instanceof RegistryValue r) {
      metadata = (SaMetaData) r.attribute("metadata");
    } else {
      metadata = ctx.metadata(given == null ? migrationtutor.engine.pyeval.PyNone.NONE : given);
    }
    PyValue map = cls.namespace().get("type_annotation_map");
    bases.put(
        cls,
        new DeclarativeBaseValue(ctx, metadata, cls.name(), map instanceof PyDict d ? d : null));
    cls.setAttribute("metadata", metadata);
    if (!(registry instanceof RegistryValue)) {
      cls.setAttribute("registry", new RegistryValue(ctx, metadata));
    }
  }

  @Override
  public PyValue attribute(String attr) {
    return attr.equals("__name__") ? new migrationtutor.engine.pyeval.PyStr(name) : null;
  }

  @Override
  public String typeName() {
    return "DeclarativeAttributeIntercept";
  }

  @Override
  public String repr() {
    return "<class 'sqlalchemy.orm.decl_api." + name + "'>";
  }

  /** {@code MappedAsDataclass}: a mixin whose dataclass behaviour does not touch the tables. */
  static PyValue mappedAsDataclass() {
    return new migrationtutor.engine.pyeval.PyNative() {
      @Override
      public String typeName() {
        return "type";
      }

      @Override
      public String repr() {
        return "<class 'sqlalchemy.orm.decl_api.MappedAsDataclass'>";
      }
    };
  }
}
