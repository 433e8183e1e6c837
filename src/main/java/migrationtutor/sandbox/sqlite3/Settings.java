package migrationtutor.sandbox.sqlite3;

import java.sql.SQLException;

/** The dot commands that change or print simple settings (each mirrors its shell.c branch). */
final class Settings {
  private Settings() {}

  /** shell.c integerValue(): decimal or 0x hex, with KiB/MB/... suffixes. */
  static long integerValue(String arg) {
    int i = 0;
    boolean neg = false;
    if (arg.startsWith("-")) {
      neg = true;
      i = 1;
    } else if (arg.startsWith("+")) {
      i = 1;
    }
    long v = 0;
    if (arg.startsWith("0x", i)) {
      i += 2;
      int x;
      while (i < arg.length()
          && (x = Character.digit(arg.charAt(i), 16)) >= 0
          && arg.charAt(i) < 0x80) {
        v = (v << 4) + x;
        i++;
      }
    } else {
      while (i < arg.length() && Bytes.isDigit(arg.charAt(i))) {
        v = v * 10 + arg.charAt(i) - '0';
        i++;
      }
    }
    String suffix = arg.substring(i);
    String[] names = {"KiB", "MiB", "GiB", "KB", "MB", "GB", "K", "M", "G"};
    long[] mult = {
      1024, 1024 * 1024, 1024 * 1024 * 1024, 1000, 1000000, 1000000000, 1000, 1000000, 1000000000
    };
    for (int k = 0; k < names.length; k++) {
      if (Bytes.equalsIgnoreCase(names[k], suffix)) {
        v *= mult[k];
        break;
      }
    }
    return neg ? -v : v;
  }

  /** shell.c booleanValue(): a number, on/yes, off/no; anything else warns and means no. */
  static int booleanValue(Shell shell, String arg) {
    int i;
    if (arg.startsWith("0x")) {
      for (i = 2;
          i < arg.length() && Character.digit(arg.charAt(i), 16) >= 0 && arg.charAt(i) < 0x80;
          i++) {
        // hex digits
      }
    } else {
      for (i = 0; i < arg.length() && Bytes.isDigit(arg.charAt(i)); i++) {
        // decimal digits
      }
    }
    if (i > 0 && i == arg.length()) {
      return (int) (integerValue(arg) & 0xffffffffL);
    }
    if (Bytes.equalsIgnoreCase(arg, "on") || Bytes.equalsIgnoreCase(arg, "yes")) {
      return 1;
    }
    if (Bytes.equalsIgnoreCase(arg, "off") || Bytes.equalsIgnoreCase(arg, "no")) {
      return 0;
    }
    shell.err().print("ERROR: Not a boolean value: \"" + arg + "\". Assuming \"no\".\n");
    return 0;
  }

  private static int usage(Shell shell, String text) {
    shell.err().print(text + "\n");
    return 1;
  }

  static int bail(Shell shell, DotArgs a) {
    if (a.count() != 2) {
      return usage(shell, "Usage: .bail on|off");
    }
    shell.bailOnError = booleanValue(shell, a.get(1)) != 0;
    return 0;
  }

  static int binary(Shell shell, DotArgs a) {
    if (a.count() != 2) {
      return usage(shell, "Usage: .binary on|off");
    }
    // Binary and text mode are the same on the Linux the tutor imitates.
    booleanValue(shell, a.get(1));
    return 0;
  }

  static int changes(Shell shell, DotArgs a) {
    if (a.count() != 2) {
      return usage(shell, "Usage: .changes on|off");
    }
    shell.state().countChanges = booleanValue(shell, a.get(1)) != 0;
    return 0;
  }

  static int echo(Shell shell, DotArgs a) {
    if (a.count() != 2) {
      return usage(shell, "Usage: .echo on|off");
    }
    shell.state().echo = booleanValue(shell, a.get(1)) != 0;
    return 0;
  }

  static int eqp(Shell shell, DotArgs a) {
    if (a.count() != 2) {
      return usage(shell, "Usage: .eqp off|on|trace|trigger|full");
    }
    String v = a.get(1);
    if (v.equals("full")) {
      shell.state().autoEqp = 3;
    } else if (v.equals("trigger")) {
      shell.state().autoEqp = 2;
    } else {
      shell.state().autoEqp = booleanValue(shell, v) & 0xff;
    }
    return 0;
  }

  static int explain(Shell shell, DotArgs a) {
    ShellState st = shell.state();
    int val = 1;
    if (a.count() >= 2) {
      val = a.get(1).equals("auto") ? 99 : booleanValue(shell, a.get(1));
    }
    if (val == 1 && st.mode != Mode.EXPLAIN) {
      st.normalMode = st.mode;
      st.mode = Mode.EXPLAIN;
      st.autoExplain = false;
    } else if (val == 0) {
      if (st.mode == Mode.EXPLAIN) {
        st.mode = st.normalMode;
      }
      st.autoExplain = false;
    } else if (val == 99) {
      if (st.mode == Mode.EXPLAIN) {
        st.mode = st.normalMode;
      }
      st.autoExplain = true;
    }
    return 0;
  }

  static int headers(Shell shell, DotArgs a) {
    if (a.count() != 2) {
      return usage(shell, "Usage: .headers on|off");
    }
    shell.state().showHeader = booleanValue(shell, a.get(1)) != 0;
    shell.state().headerSet = true;
    return 0;
  }

  static int nullvalue(Shell shell, DotArgs a) {
    if (a.count() != 2) {
      return usage(shell, "Usage: .nullvalue STRING");
    }
    shell.state().nullValue = Bytes.limit(a.bytes(1), ShellState.SEPARATOR_MAX);
    return 0;
  }

  static int print(Shell shell, DotArgs a) {
    for (int i = 1; i < a.count(); i++) {
      if (i > 1) {
        shell.out().print(" ");
      }
      shell.out().write(a.bytes(i));
    }
    shell.out().print("\n");
    return 0;
  }

  static int prompt(Shell shell, DotArgs a) {
    // strncpy() into 20-byte buffers keeps at most 19 bytes.
    if (a.count() >= 2) {
      shell.state().mainPrompt = Bytes.limit(a.bytes(1), 19);
    }
    if (a.count() >= 3) {
      shell.state().continuePrompt = Bytes.limit(a.bytes(2), 19);
    }
    return 0;
  }

  static int separator(Shell shell, DotArgs a) {
    int rc = 0;
    if (a.count() < 2 || a.count() > 3) {
      rc = usage(shell, "Usage: .separator COL ?ROW?");
    }
    if (a.count() >= 2) {
      shell.state().colSeparator = Bytes.limit(a.bytes(1), ShellState.SEPARATOR_MAX);
    }
    if (a.count() >= 3) {
      shell.state().rowSeparator = Bytes.limit(a.bytes(2), ShellState.SEPARATOR_MAX);
    }
    return rc;
  }

  static int timeout(Shell shell, DotArgs a) {
    Database db = shell.db();
    try {
      db.busyTimeout(a.count() >= 2 ? (int) integerValue(a.get(1)) : 0);
    } catch (SQLException e) {
      // sqlite3_busy_timeout() cannot fail on an open connection; the shell ignores it too.
    }
    return 0;
  }

  static int timer(Shell shell, DotArgs a) {
    if (a.count() != 2) {
      return usage(shell, "Usage: .timer on|off");
    }
    shell.state().timer = booleanValue(shell, a.get(1)) != 0;
    return 0;
  }

  static int width(Shell shell, DotArgs a) {
    int[] w = new int[a.count() - 1];
    for (int j = 1; j < a.count(); j++) {
      w[j - 1] = (int) integerValue(a.get(j));
    }
    shell.state().colWidth = w;
    return 0;
  }
}
