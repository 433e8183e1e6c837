package migrationtutor.sandbox.sqlite3;

/**
 * One result value as the shell sees it through sqlite3_column_type/_text/_blob/_double. Text and
 * blob values keep the database's bytes; {@link #text()} is what {@code sqlite3_column_text()} of
 * SQLite 3.40 gives as a C string.
 */
final class Cell {
  static final int INTEGER = 1;
  static final int FLOAT = 2;
  static final int TEXT = 3;
  static final int BLOB = 4;
  static final int NULL = 5;

  final int type;
  final long integer;
  final double real;
  final byte[] bytes;

  private Cell(int type, long integer, double real, byte[] bytes) {
    this.type = type;
    this.integer = integer;
    this.real = real;
    this.bytes = bytes;
  }

  static Cell ofNull() {
    return new Cell(NULL, 0, 0, null);
  }

  static Cell ofInteger(long v) {
    return new Cell(INTEGER, v, 0, null);
  }

  static Cell ofReal(double v) {
    return new Cell(FLOAT, 0, v, null);
  }

  static Cell ofText(byte[] b) {
    return new Cell(TEXT, 0, 0, b == null ? Bytes.EMPTY : b);
  }

  static Cell ofBlob(byte[] b) {
    return new Cell(BLOB, 0, 0, b == null ? Bytes.EMPTY : b);
  }

  boolean isNull() {
    return type == NULL;
  }

  /** sqlite3_column_text(): null for NULL, otherwise the text cut at its first NUL byte. */
  byte[] text() {
    switch (type) {
      case INTEGER:
        return Bytes.utf8(Long.toString(integer));
      case FLOAT:
        return Bytes.utf8(FloatText.text(real));
      case TEXT:
      case BLOB:
        return Bytes.cut(bytes);
      default:
        return null;
    }
  }
}
