package migrationtutor.engine.pysrc;

/** A node of the Python syntax tree: every node knows where it came from. */
public sealed interface Node
    permits Stmt, Expr, Keyword, Param, Alias, WithItem, ExceptHandler, Comprehension, DictEntry {
  /** The node's position in the source. */
  Span span();
}
