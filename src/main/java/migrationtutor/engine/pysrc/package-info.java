/**
 * A parser for Python 3.11 source that never runs it: a tokenizer and recursive-descent parser
 * following CPython 3.11's grammar, producing an immutable AST of records.
 *
 * <p>The one entry point is {@link migrationtutor.engine.pysrc.PyParser#parse(String, String)}: it
 * returns a {@link migrationtutor.engine.pysrc.Module} (statements, docstring, comments) or throws
 * {@link migrationtutor.engine.pysrc.PySyntaxError} with CPython's message, line and column.
 * Statements are {@link migrationtutor.engine.pysrc.Stmt} records, expressions {@link
 * migrationtutor.engine.pysrc.Expr} records, named and shaped as CPython's {@code ast} nodes; every
 * node has a {@link migrationtutor.engine.pysrc.Span}. {@link migrationtutor.engine.pysrc.Nodes}
 * lists the children of any node and walks a tree.
 *
 * <p>Not supported: {@code match} statements (a PySyntaxError says so). Checks that CPython makes
 * only when compiling (such as {@code return} outside a function) are not made, except "too many
 * statically nested blocks".
 */
package migrationtutor.engine.pysrc;
