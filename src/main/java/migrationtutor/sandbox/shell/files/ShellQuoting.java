package migrationtutor.sandbox.shell.files;

/**
 * File names as GNU ls prints them on a terminal ({@code --quoting-style=shell-escape}): names a
 * shell would need quoted get single quotes ({@code 'my file'}), or double quotes when they hold a
 * single quote, and control characters appear as {@code $'\n'}.
 */
final class ShellQuoting {
  private ShellQuoting() {}

  static boolean needsQuotes(String name) {
    if (name.isEmpty()) {
      return true;
    }
    char first = name.charAt(0);
    if (first == '~' || first == '#') {
      return true;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f || " \t\"'$&*()[]{}<>|;\\`?!^".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  static String quote(String name) {
    if (!needsQuotes(name)) {
      return name;
    }
    boolean control = name.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    if (!control) {
      if (name.indexOf('\'') >= 0
          && name.indexOf('"') < 0
          && name.indexOf('$') < 0
          && name.indexOf('`') < 0
          && name.indexOf('\\') < 0) {
        return '"' + name + '"';
      }
      return "'" + name.replace("'", "'\\''") + "'";
    }
    StringBuilder b = new StringBuilder("'");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        b.append("'$'").append(escape(c)).append("''");
      } else if (c == '\'') {
        b.append("'\\''");
      } else {
        b.append(c);
      }
    }
    String s = b.append('\'').toString();
    // 'a'$'\n''' has an empty '' at either end when a control character is first or last.
    if (s.startsWith("''")) {
      s = s.substring(2);
    }
    if (s.endsWith("''")) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }

  private static String escape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\t' -> "\\t";
      case '\r' -> "\\r";
      case 0x1b -> "\\E";
      default -> String.format("\\%03o", (int) c);
    };
  }
}
