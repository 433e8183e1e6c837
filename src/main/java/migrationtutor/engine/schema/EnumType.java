package migrationtutor.engine.schema;

import java.util.List;

/**
 * {@code sa.Enum('low', 'medium', 'high', name=...)}: a {@code VARCHAR} as long as the longest
 * value on SQLite; with {@code create_constraint=True} attaching it to a table adds {@code
 * CONSTRAINT <name> CHECK (c IN ('low', 'medium', 'high'))}.
 *
 * <p>An Enum built from a Python {@code enum.Enum} class is given here with the member names as
 * {@code values} and the lower-cased class name as {@code name}, as SQLAlchemy does.
 *
 * @param values the enumerated values, in order
 * @param name {@code name=}, or null
 * @param createConstraint {@code create_constraint=} (1.4 default False)
 * @param nativeEnum {@code native_enum=} (default True)
 * @param length {@code length=} as given, or null; used only with {@code native_enum=False}
 */
public record EnumType(
    List<String> values, String name, boolean createConstraint, boolean nativeEnum, Integer length)
    implements SqlType {

  /** Copies the values and checks {@code length} as {@code Enum._enum_init} does. */
  public EnumType {
    if (values == null || values.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("EnumType values must be strings");
    }
    values = List.copyOf(values);
    int longest = longest(values);
    if (!nativeEnum && length != null && length < longest) {
      throw new PythonException(
          "ValueError",
          "When provided, length must be larger or equal than"
              + " the length of the longest enum value. "
              + length
              + " < "
              + longest);
    }
  }

  /** {@code sa.Enum(*values, name=name, create_constraint=createConstraint)}. */
  public EnumType(List<String> values, String name, boolean createConstraint) {
    this(values, name, createConstraint, true, null);
  }

  @Override
  public String className() {
    return "Enum";
  }

  /** The VARCHAR length: the longest value, or {@code length=} when not a native enum. */
  public int effectiveLength() {
    return !nativeEnum && length != null ? length : longest(values);
  }

  @Override
  public String pythonRepr() {
    ReprBuilder repr = new ReprBuilder("Enum");
    values.forEach(repr::positional);
    // generic_repr(to_inspect=[Enum, SchemaType], additional_kw=[native_enum, create_constraint,
    // length]) with length compared against the longest value.
    return repr.keyword("name", name, null)
        .keyword("native_enum", nativeEnum, true)
        .keyword("create_constraint", createConstraint, false)
        .keyword("length", effectiveLength(), longest(values))
        .build();
  }

  private static int longest(List<String> values) {
    return values.stream().mapToInt(v -> v.codePointCount(0, v.length())).max().orElse(0);
  }
}
