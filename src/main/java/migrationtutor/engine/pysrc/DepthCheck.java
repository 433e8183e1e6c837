package migrationtutor.engine.pysrc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Rejects trees too deep for the code that will walk them recursively (record equals and toString,
 * evaluators). CPython rejects such input too, with a RecursionError while building its AST; here
 * it is a syntax error at the node that goes too deep.
 */
final class DepthCheck {
  /** The deepest tree accepted; CPython 3.11 still accepts 2000 nested unary minus signs. */
  static final int MAX_TREE_DEPTH = 1000;

  private DepthCheck() {}

  private record Entry(Node node, int depth) {}

  static void check(SourceText src, List<Stmt> body) {
    Deque<Entry> stack = new ArrayDeque<>();
    for (Stmt s : body) {
      stack.push(new Entry(s, 1));
    }
    while (!stack.isEmpty()) {
      Entry e = stack.pop();
      if (e.depth() > MAX_TREE_DEPTH) {
        Span s = e.node().span();
        throw src.error(
            s.line(),
            s.column(),
            "too many nested expressions (more than " + MAX_TREE_DEPTH + " levels)");
      }
      for (Node child : Nodes.children(e.node())) {
        stack.push(new Entry(child, e.depth() + 1));
      }
    }
  }
}
