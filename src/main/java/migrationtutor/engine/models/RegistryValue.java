package migrationtutor.engine.models;

import migrationtutor.engine.ops.SaMetaData;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pyeval.Signature;

/**
 * {@code sqlalchemy.orm.registry(metadata=None)}: its {@code metadata}, {@code generate_base()} and
 * the {@code @registry.mapped} decorator, which maps a plain class as a declarative base would.
 */
final class RegistryValue implements PyNative {
  private static final Signature GENERATE_BASE =
      Signature.parse("generate_base(mapper=None, cls=None, name='Base', metaclass=None)");

  private final ModelContext ctx;
  private final SaMetaData metadata;

  RegistryValue(ModelContext ctx, SaMetaData metadata) {
    this.ctx = ctx;
    this.metadata = metadata;
  }

  @Override
  public PyValue attribute(String attr) {
    switch (attr) {
      case "metadata":
        return metadata;
      case "generate_base":
        return NativeFunction.of(
            GENERATE_BASE,
            b ->
                new DeclarativeBaseValue(
                    ctx,
                    metadata,
                    b.get("cls") instanceof PyClass c ? c : null,
                    b.get("name").str(),
                    false));
      case "mapped":
        return NativeFunction.of(
            "mapped",
            a -> {
              PyValue cls = a.positional().isEmpty() ? PyNone.NONE : a.positional().get(0);
              if (cls instanceof PyClass c) {
                new DeclarativeBaseValue(ctx, metadata, null, c.name(), false).subclassCreated(c);
              }
              return cls;
            });
      case "configure":
      case "dispose":
        return NativeFunction.of(attr, a -> PyNone.NONE);
      case "map_imperatively":
      case "map_declaratively":
      case "mappers":
        return new PyUnknown("registry." + attr);
      default:
        return null;
    }
  }

  /** {@code registry(metadata=None, ...)}. */
  static PyNative constructor(ModelContext ctx) {
    Signature sig =
        Signature.parse(
            "registry(metadata=None, class_registry=None, constructor=None, _bind=None)");
    return NativeFunction.of(
        sig, (BoundArgs b) -> new RegistryValue(ctx, ctx.metadata(b.get("metadata"))));
  }

  @Override
  public String typeName() {
    return "registry";
  }

  @Override
  public String repr() {
    return "<sqlalchemy.orm.decl_api.registry object>";
  }
}
