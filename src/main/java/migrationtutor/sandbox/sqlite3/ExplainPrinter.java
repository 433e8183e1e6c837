package migrationtutor.sandbox.sqlite3;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * EXPLAIN output: the bytecode listing with shell.c's fixed widths and loop indentation
 * (explain_data_prepare), and EXPLAIN QUERY PLAN as a tree (eqp_append/eqp_render).
 */
final class ExplainPrinter {
  private static final int[] WIDTHS = {4, 13, 4, 4, 4, 13, 2, 13};
  private static final String[] COLUMNS = {
    "addr", "opcode", "p1", "p2", "p3", "p4", "p5", "comment"
  };
  private static final Set<String> NEXT =
      Set.of("Next", "Prev", "VPrev", "VNext", "SorterNext", "Return");
  private static final Set<String> YIELD =
      Set.of("Yield", "SeekLT", "SeekGT", "RowSetRead", "Rewind");

  private ExplainPrinter() {}

  /** A fully read result, replayable. */
  record Buffered(byte[][] names, List<Cell[]> rows) {}

  static Buffered read(ResultRows rows) throws SQLException {
    List<Cell[]> list = new ArrayList<>();
    while (rows.next()) {
      list.add(rows.row());
    }
    return new Buffered(rows.names(), list);
  }

  static void print(ShellState st, Out out, ResultRows rows) throws SQLException {
    if (st.cMode == Mode.EQP) {
      List<Cell[]> plan = new ArrayList<>();
      SQLException failure = null;
      try {
        while (rows.next()) {
          plan.add(rows.row());
        }
      } catch (SQLException e) {
        failure = e;
      }
      renderPlan(out, plan);
      if (failure != null) {
        throw failure;
      }
      return;
    }
    Buffered all = read(rows);
    int[] indent = indents(all);
    if (indent == null) {
      st.cMode = st.mode;
      RowPrinter.print(st, out, replay(all));
      return;
    }
    int n = Math.min(all.names().length, WIDTHS.length);
    for (int r = 0; r < all.rows().size(); r++) {
      Cell[] row = all.rows().get(r);
      if (r == 0) {
        for (int i = 0; i < n; i++) {
          ColumnarPrinter.widthPrint(out, WIDTHS[i], all.names()[i]);
          out.print(i == n - 1 ? "\n" : "  ");
        }
        for (int i = 0; i < n; i++) {
          out.print("-".repeat(WIDTHS[i]));
          out.print(i == n - 1 ? "\n" : "  ");
        }
      }
      for (int i = 0; i < n; i++) {
        int w = i == n - 1 ? 0 : WIDTHS[i];
        byte[] z = row[i].text();
        if (z != null && Bytes.charCount(z) > w) {
          w = Bytes.charCount(z);
        }
        if (i == 1 && r < indent.length) {
          out.spaces(indent[r]);
        }
        ColumnarPrinter.widthPrint(out, w, z == null ? st.nullValue : z);
        out.print(i == n - 1 ? "\n" : "  ");
      }
    }
  }

  static ResultRows replay(Buffered b) {
    return new ResultRows() {
      private int i = -1;

      @Override
      public byte[][] names() {
        return b.names();
      }

      @Override
      public boolean next() {
        return ++i < b.rows().size();
      }

      @Override
      public Cell[] row() {
        return b.rows().get(i);
      }
    };
  }

  /** explain_data_prepare(): null when the result does not look like EXPLAIN output. */
  private static int[] indents(Buffered b) {
    if (b.names().length != 8) {
      return null;
    }
    for (int j = 0; j < COLUMNS.length; j++) {
      if (!b.rows().isEmpty() && !Bytes.str(b.names()[j]).equals(COLUMNS[j])) {
        return null;
      }
    }
    int n = b.rows().size();
    int[] indent = new int[n];
    boolean[] yield = new boolean[n];
    for (int op = 0; op < n; op++) {
      Cell[] row = b.rows().get(op);
      int addr = (int) asLong(row[0]);
      String opcode = row[1].text() == null ? "" : Bytes.str(row[1].text());
      int p2 = (int) asLong(row[3]);
      int p2op = p2 + (op - addr);
      yield[op] = YIELD.contains(opcode);
      if (NEXT.contains(opcode) && p2op > 0) {
        for (int i = p2op; i < op; i++) {
          indent[i] += 2;
        }
      }
      if (opcode.equals("Goto")
          && p2op < op + 1
          && p2op >= 0
          && (yield[p2op] || asLong(row[2]) != 0)) {
        for (int i = p2op; i < op; i++) {
          indent[i] += 2;
        }
      }
    }
    return indent;
  }

  private static long asLong(Cell c) {
    if (c.type == Cell.INTEGER) {
      return c.integer;
    }
    if (c.type == Cell.FLOAT) {
      return (long) c.real;
    }
    byte[] t = c.text();
    if (t == null) {
      return 0;
    }
    return atoi(t);
  }

  /** C atoi(): leading digits, optional sign, 0 when none. */
  static long atoi(byte[] t) {
    int i = 0;
    while (i < t.length && Bytes.isSpace(t[i])) {
      i++;
    }
    boolean neg = false;
    if (i < t.length && (t[i] == '-' || t[i] == '+')) {
      neg = t[i] == '-';
      i++;
    }
    long v = 0;
    while (i < t.length && Bytes.isDigit(t[i])) {
      v = v * 10 + (t[i] - '0');
      i++;
    }
    return neg ? -v : v;
  }

  /** eqp_render(): "QUERY PLAN" and the tree of plan steps. */
  static void renderPlan(Out out, List<Cell[]> plan) {
    List<long[]> ids = new ArrayList<>();
    List<byte[]> texts = new ArrayList<>();
    for (Cell[] row : plan) {
      byte[] text = row.length > 3 ? row[3].text() : null;
      if (text == null) {
        continue;
      }
      ids.add(new long[] {asLong(row[0]), asLong(row[1])});
      texts.add(text);
    }
    if (ids.isEmpty()) {
      return;
    }
    int first = 0;
    if (texts.get(0).length > 0 && texts.get(0)[0] == '-') {
      if (ids.size() == 1) {
        return;
      }
      byte[] t = texts.get(0);
      out.write(java.util.Arrays.copyOfRange(t, Math.min(3, t.length), t.length)).print("\n");
      first = 1;
    } else {
      out.print("QUERY PLAN\n");
    }
    level(out, ids, texts, first, 0, new StringBuilder());
  }

  private static void level(
      Out out, List<long[]> ids, List<byte[]> texts, int first, long parent, StringBuilder prefix) {
    List<Integer> kids = new ArrayList<>();
    for (int i = first; i < ids.size(); i++) {
      if (ids.get(i)[1] == parent) {
        kids.add(i);
      }
    }
    for (int k = 0; k < kids.size(); k++) {
      int row = kids.get(k);
      boolean hasNext = k + 1 < kids.size();
      out.print(prefix + (hasNext ? "|--" : "`--")).write(texts.get(row)).print("\n");
      int len = prefix.length();
      if (len < 100 - 7) {
        prefix.append(hasNext ? "|  " : "   ");
        level(out, ids, texts, first, ids.get(row)[0], prefix);
        prefix.setLength(len);
      }
    }
  }
}
