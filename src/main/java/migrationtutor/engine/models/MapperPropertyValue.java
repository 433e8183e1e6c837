package migrationtutor.engine.models;

import java.util.List;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyValue;

/**
 * What {@code relationship()}, {@code column_property()}, {@code deferred()}, {@code synonym()} and
 * the like return: a mapper property, which declarative keeps off the table except for the columns
 * some of them wrap ({@code column_property(Column(...))}).
 *
 * @param kind the function that made it, e.g. {@code relationship}
 * @param columns the {@code Column} arguments that become table columns
 */
record MapperPropertyValue(String kind, List<PyValue> columns) implements PyNative {
  MapperPropertyValue {
    columns = List.copyOf(columns);
  }

  @Override
  public String typeName() {
    return switch (kind) {
      case "relationship", "relation", "dynamic_loader" -> "RelationshipProperty";
      case "synonym" -> "SynonymProperty";
      case "composite" -> "CompositeProperty";
      default -> "ColumnProperty";
    };
  }

  @Override
  public String repr() {
    return "<" + typeName() + " object>";
  }
}
