package migrationtutor.engine.pyeval;

import java.util.Arrays;

/** A Python {@code bytes}. */
public record PyBytes(byte[] value) implements PyValue {
  public PyBytes {
    value = value.clone();
  }

  @Override
  public byte[] value() {
    return value.clone();
  }

  @Override
  public String typeName() {
    return "bytes";
  }

  @Override
  public boolean truthy() {
    return value.length > 0;
  }

  @Override
  public String repr() {
    StringBuilder sb = new StringBuilder("b'");
    for (byte b : value) {
      int c = b & 0xff;
      if (c == '\'' || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c >= 0x7f) {
        sb.append(String.format("\\x%02x", c));
      } else {
        sb.append((char) c);
      }
    }
    return sb.append('\'').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyBytes other && Arrays.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return repr();
  }
}
