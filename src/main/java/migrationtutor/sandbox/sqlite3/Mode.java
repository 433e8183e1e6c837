package migrationtutor.sandbox.sqlite3;

/** The shell's output modes, in shell.c's MODE_ order, with the names {@code .mode} shows. */
enum Mode {
  LINE("line"),
  COLUMN("column"),
  LIST("list"),
  SEMI("semi"),
  HTML("html"),
  INSERT("insert"),
  QUOTE("quote"),
  TCL("tcl"),
  CSV("csv"),
  EXPLAIN("explain"),
  ASCII("ascii"),
  PRETTY("prettyprint"),
  EQP("eqp"),
  JSON("json"),
  MARKDOWN("markdown"),
  TABLE("table"),
  BOX("box"),
  COUNT("count"),
  OFF("off");

  final String description;

  Mode(String description) {
    this.description = description;
  }

  /** The modes that print a whole result at once with computed column widths. */
  boolean columnar() {
    return this == COLUMN || this == TABLE || this == BOX || this == MARKDOWN;
  }
}
