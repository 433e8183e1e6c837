package migrationtutor.engine.pysrc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Generic traversal of the syntax tree: the children of any node, and a pre-order walk. */
public final class Nodes {
  private Nodes() {}

  /** The direct child nodes of node, in source order (absent optional parts are skipped). */
  public static List<Node> children(Node node) {
    List<Node> out = new ArrayList<>();
    if (node instanceof Stmt s) {
      StmtChildren.add(s, out);
    } else if (node instanceof Expr e) {
      ExprChildren.add(e, out);
    } else if (node instanceof Keyword k) {
      out.add(k.value());
    } else if (node instanceof Param p) {
      add(out, p.annotation(), p.defaultValue());
    } else if (node instanceof WithItem w) {
      add(out, w.contextExpr(), w.optionalVars());
    } else if (node instanceof ExceptHandler h) {
      add(out, h.type());
      out.addAll(h.body());
    } else if (node instanceof Comprehension c) {
      add(out, c.target(), c.iter());
      out.addAll(c.ifs());
    } else if (node instanceof DictEntry d) {
      add(out, d.key(), d.value());
    }
    return out;
  }

  /** Visits every node of the statements in pre-order, without recursion. */
  public static void walk(List<Stmt> body, Consumer<Node> visitor) {
    Deque<Node> stack = new ArrayDeque<>();
    for (int i = body.size() - 1; i >= 0; i--) {
      stack.push(body.get(i));
    }
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      visitor.accept(n);
      List<Node> kids = children(n);
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.push(kids.get(i));
      }
    }
  }

  /** Adds the non-null nodes. */
  static void add(List<Node> out, Node... nodes) {
    for (Node n : nodes) {
      if (n != null) {
        out.add(n);
      }
    }
  }

  /** Adds the parameters of a def or lambda, in source order. */
  static void add(List<Node> out, Params params) {
    out.addAll(params.all());
  }
}
