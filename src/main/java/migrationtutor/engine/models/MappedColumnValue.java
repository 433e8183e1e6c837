package migrationtutor.engine.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyInt;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyValue;

/**
 * What SQLAlchemy 2.0's {@code mapped_column(...)} returns: the arguments of the {@code Column} it
 * wraps. The column itself is made when the class is mapped ({@link AnnotatedColumns}), because its
 * type and nullability may come from the attribute's {@code Mapped[...]} annotation.
 *
 * @param args the arguments as written
 */
record MappedColumnValue(Args args) implements PyNative {
  // mapped_column's keywords that configure the ORM attribute or the dataclass field, not the
  // table: Column() does not take them.
  private static final Set<String> ORM_ONLY =
      Set.of(
          "init",
          "repr",
          "default_factory",
          "compare",
          "kw_only",
          "hash",
          "dataclass_metadata",
          "deferred",
          "deferred_group",
          "deferred_raiseload",
          "use_existing_column",
          "active_history",
          "sort_order");

  /**
   * Whether {@code nullable=} was given (True or False), which the annotation then cannot change.
   */
  boolean explicitNullable() {
    PyValue v = args.keywords().get("nullable");
    return v != null && v != PyNone.NONE;
  }

  /** {@code sort_order=}: where the column goes in its table (0 when not given). */
  long sortOrder() {
    return args.keywords().get("sort_order") instanceof PyInt i ? i.value().longValue() : 0;
  }

  boolean primaryKey() {
    PyValue v = args.keywords().get("primary_key");
    return v != null && v.truthy();
  }

  /** The positional arguments, as Column takes them (name, type, ForeignKey, ...). */
  List<PyValue> positional() {
    return args.positional();
  }

  /**
   * The keywords Column takes: the ORM-only ones dropped, {@code insert_default} as Column's {@code
   * default} (mapped_column's {@code default} is the same value when no dataclass is involved).
   */
  Map<String, PyValue> columnKeywords() {
    Map<String, PyValue> kw = new LinkedHashMap<>();
    args.keywords()
        .forEach(
            (k, v) -> {
              if (k.equals("insert_default")) {
                kw.put("default", v);
              } else if (!ORM_ONLY.contains(k)) {
                kw.put(k, v);
              }
            });
    return kw;
  }

  @Override
  public String typeName() {
    return "MappedColumn";
  }

  @Override
  public String repr() {
    return "<sqlalchemy.orm.properties.MappedColumn object>";
  }
}
