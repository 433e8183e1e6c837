package migrationtutor.sandbox.sqlite3;

/**
 * The settings a learner changes with options and dot commands (shell.c's ShellState, less the
 * parts that belong to features the sandbox does not offer).
 */
final class ShellState {
  // Fixed-size buffers in shell.c: separators and the null text hold at most 19 bytes.
  static final int SEPARATOR_MAX = 19;

  Mode mode = Mode.LIST;
  Mode cMode = Mode.LIST;
  Mode normalMode = Mode.LIST;
  boolean autoExplain = true;
  int autoEqp;
  boolean showHeader;
  boolean headerSet;
  byte[] colSeparator = Bytes.utf8("|");
  byte[] rowSeparator = Bytes.utf8("\n");
  byte[] nullValue = Bytes.EMPTY;
  int[] colWidth = new int[0];
  int wrap;
  boolean wordWrap;
  boolean quoteColumns;
  byte[] destTable;
  boolean echo;
  boolean countChanges;
  boolean dumpNewlines;
  boolean timer;
  int statsOn;
  byte[] mainPrompt = Bytes.utf8("sqlite> ");
  byte[] continuePrompt = Bytes.utf8("   ...> ");

  /** {@code .mode column} and friends reset the wrapping options to their defaults. */
  void setColumnOptions(int wrap, boolean wordWrap, boolean quote) {
    this.wrap = wrap;
    this.wordWrap = wordWrap;
    this.quoteColumns = quote;
  }

  /** shell.c set_table_name(): the INSERT target of insert mode, quoted when it needs to be. */
  void setDestTable(byte[] name) {
    if (name == null) {
      destTable = null;
      return;
    }
    boolean quote = Identifiers.needsQuote(name);
    if (!quote) {
      destTable = name;
      return;
    }
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.write('"');
    for (byte c : name) {
      b.write(c);
      if (c == '"') {
        b.write('"');
      }
    }
    b.write('"');
    destTable = b.toByteArray();
  }
}
