package migrationtutor.engine.pysrc;

import java.util.List;

/**
 * A parsed Python file: its statements, its docstring (the decoded value of a leading string
 * statement, or null), every comment in source order, and the file name it was parsed as.
 */
public record Module(String fileName, List<Stmt> body, String docstring, List<Comment> comments) {
  /** Copies the lists so the module is immutable. */
  public Module {
    Checks.req(fileName, body, comments);
    body = List.copyOf(body);
    comments = List.copyOf(comments);
  }
}
