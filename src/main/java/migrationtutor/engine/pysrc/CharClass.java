package migrationtutor.engine.pysrc;

/** Character classes of CPython's tokenizer. */
final class CharClass {
  private CharClass() {}

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isHexDigit(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** CPython's is_potential_identifier_start: ASCII letters, underscore, and any non-ASCII. */
  static boolean isPotentialIdentifierStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
  }

  /** CPython's is_potential_identifier_char: the above plus digits. */
  static boolean isPotentialIdentifierChar(int c) {
    return isPotentialIdentifierStart(c) || isDigit(c);
  }

  /** XID_Start as far as Java knows it (underscore included, as Python allows). */
  static boolean isIdentifierStart(int cp) {
    return cp == '_' || Character.isUnicodeIdentifierStart(cp);
  }

  /** XID_Continue as far as Java knows it, without the ignorable format characters. */
  static boolean isIdentifierPart(int cp) {
    return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
  }

  /** Python's str.isprintable for one code point. */
  static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    int type = Character.getType(cp);
    switch (type) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }
}
