package migrationtutor.engine.pyeval;

import java.util.Iterator;
import java.util.List;

/**
 * The values of a generator expression, enumerate(), zip() or reversed(), computed eagerly: the
 * evaluator has no suspended frames, and these iterate once like their CPython counterparts.
 */
final class PyIterable implements PyNative {
  private final String typeName;
  private final List<PyValue> items;
  private int position;

  PyIterable(String typeName, List<PyValue> items) {
    this.typeName = typeName;
    this.items = items;
  }

  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  public String repr() {
    return "<" + typeName + " object>";
  }

  /** The next value, or null when exhausted (for the builtin next()). */
  PyValue next() {
    return position < items.size() ? items.get(position++) : null;
  }

  @Override
  public Iterator<PyValue> iterate() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return position < items.size();
      }

      @Override
      public PyValue next() {
        return items.get(position++);
      }
    };
  }
}
