package migrationtutor.engine.pyeval;

import java.util.Objects;
import migrationtutor.engine.util.PythonRepr;

/**
 * A Python {@code str}. Python indexes code points; a str without astral characters (the usual
 * case, remembered after the first check) indexes its UTF-16 units directly.
 */
public final class PyStr implements PyValue {
  private final String value;

  /** 0 unknown, 1 no surrogates (index by char), 2 has surrogates (index by code point). */
  private byte layout;

  public PyStr(String value) {
    this.value = Objects.requireNonNull(value);
  }

  /** The Java string. */
  public String value() {
    return value;
  }

  /** Whether every character is one UTF-16 unit, so char indices are code point indices. */
  boolean isBmp() {
    if (layout == 0) {
      layout = 1;
      for (int i = 0; i < value.length(); i++) {
        if (Character.isSurrogate(value.charAt(i))) {
          layout = 2;
          break;
        }
      }
    }
    return layout == 1;
  }

  @Override
  public String typeName() {
    return "str";
  }

  @Override
  public boolean truthy() {
    return !value.isEmpty();
  }

  @Override
  public String repr() {
    return PythonRepr.ofString(value);
  }

  @Override
  public String str() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyStr other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return repr();
  }
}
