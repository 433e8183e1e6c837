package migrationtutor.sandbox.sqlite3;

/** {@code .mode MODE ?OPTIONS?} (shell.c's "mode" branch, including qbox and the wrap options). */
final class ModeCommand {
  private ModeCommand() {}

  private static boolean option(String z, String opt) {
    if (!z.startsWith("-")) {
      return false;
    }
    String s = z.substring(1);
    if (s.startsWith("-")) {
      s = s.substring(1);
    }
    return s.equals(opt);
  }

  static int run(Shell shell, DotArgs a) {
    ShellState st = shell.state();
    String mode = null;
    String tabname = null;
    byte[] tabnameBytes = null;
    int wrap = 60;
    boolean wordWrap = false;
    boolean quote = false;
    for (int i = 1; i < a.count(); i++) {
      String z = a.get(i);
      if (option(z, "wrap") && i + 1 < a.count()) {
        wrap = (int) Settings.integerValue(a.get(++i));
      } else if (option(z, "ww")) {
        wordWrap = true;
      } else if (option(z, "wordwrap") && i + 1 < a.count()) {
        wordWrap = (Settings.booleanValue(shell, a.get(++i)) & 0xff) != 0;
      } else if (option(z, "quote")) {
        quote = true;
      } else if (option(z, "noquote")) {
        quote = false;
      } else if (mode == null) {
        mode = z;
        if (z.equals("qbox")) {
          mode = "box";
          wrap = 60;
          wordWrap = false;
          quote = true;
        }
      } else if (tabname == null) {
        tabname = z;
        tabnameBytes = a.bytes(i);
      } else if (z.startsWith("-")) {
        shell.err().print("unknown option: " + z + "\n");
        shell
            .err()
            .print(
                "options:\n  --noquote\n  --quote\n  --wordwrap on/off\n  --wrap N\n" + "  --ww\n");
        return 1;
      } else {
        shell.err().print("extra argument: \"" + z + "\"\n");
        return 1;
      }
    }
    if (mode == null) {
      if (st.mode == Mode.COLUMN
          || st.mode == Mode.MARKDOWN
          || st.mode == Mode.TABLE
          || st.mode == Mode.BOX) {
        shell
            .out()
            .print(
                "current output mode: "
                    + st.mode.description
                    + " --wrap "
                    + st.wrap
                    + " --wordwrap "
                    + (st.wordWrap ? "on" : "off")
                    + " --"
                    + (st.quoteColumns ? "" : "no")
                    + "quote\n");
      } else {
        shell.out().print("current output mode: " + st.mode.description + "\n");
      }
      mode = st.mode.description;
    }
    if (prefix(mode, "lines")) {
      st.mode = Mode.LINE;
      st.rowSeparator = Bytes.utf8("\n");
    } else if (prefix(mode, "columns")) {
      st.mode = Mode.COLUMN;
      if (!st.headerSet) {
        st.showHeader = true;
      }
      st.rowSeparator = Bytes.utf8("\n");
      st.setColumnOptions(wrap, wordWrap, quote);
    } else if (prefix(mode, "list")) {
      st.mode = Mode.LIST;
      st.colSeparator = Bytes.utf8("|");
      st.rowSeparator = Bytes.utf8("\n");
    } else if (prefix(mode, "html")) {
      st.mode = Mode.HTML;
    } else if (prefix(mode, "tcl")) {
      st.mode = Mode.TCL;
      st.colSeparator = Bytes.utf8(" ");
      st.rowSeparator = Bytes.utf8("\n");
    } else if (prefix(mode, "csv")) {
      st.mode = Mode.CSV;
      st.colSeparator = Bytes.utf8(",");
      st.rowSeparator = Bytes.utf8("\r\n");
    } else if (prefix(mode, "tabs")) {
      st.mode = Mode.LIST;
      st.colSeparator = Bytes.utf8("\t");
    } else if (prefix(mode, "insert")) {
      st.mode = Mode.INSERT;
      st.setDestTable(tabnameBytes != null ? tabnameBytes : Bytes.utf8("table"));
    } else if (prefix(mode, "quote")) {
      st.mode = Mode.QUOTE;
      st.colSeparator = Bytes.utf8(",");
      st.rowSeparator = Bytes.utf8("\n");
    } else if (prefix(mode, "ascii")) {
      st.mode = Mode.ASCII;
      st.colSeparator = new byte[] {0x1f};
      st.rowSeparator = new byte[] {0x1e};
    } else if (prefix(mode, "markdown")) {
      st.mode = Mode.MARKDOWN;
      st.setColumnOptions(wrap, wordWrap, quote);
    } else if (prefix(mode, "table")) {
      st.mode = Mode.TABLE;
      st.setColumnOptions(wrap, wordWrap, quote);
    } else if (prefix(mode, "box")) {
      st.mode = Mode.BOX;
      st.setColumnOptions(wrap, wordWrap, quote);
    } else if (prefix(mode, "count")) {
      st.mode = Mode.COUNT;
    } else if (prefix(mode, "off")) {
      st.mode = Mode.OFF;
    } else if (prefix(mode, "json")) {
      st.mode = Mode.JSON;
    } else {
      shell
          .err()
          .print(
              "Error: mode should be one of: ascii box column csv html insert json line"
                  + " list markdown qbox quote table tabs tcl\n");
      st.cMode = st.mode;
      return 1;
    }
    st.cMode = st.mode;
    return 0;
  }

  /** cli_strncmp(zMode, full, strlen(zMode))==0: the typed mode is a prefix of the full name. */
  private static boolean prefix(String typed, String full) {
    return full.startsWith(typed);
  }
}
