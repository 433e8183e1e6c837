package migrationtutor.engine.ops;

import java.util.List;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;

/**
 * The {@code alembic} package: {@code alembic.op} and {@code alembic.context}. Outside a migration
 * run (a revision file's module level, read long before it runs) the two are Alembic's
 * unestablished proxies, whose functions raise {@code NameError: Can't invoke function 'x', as the
 * proxy object has not yet been established ...}.
 */
final class AlembicModules {
  /** The functions of the {@code alembic.op} proxy module. */
  static final List<String> OP_FUNCTIONS =
      List.of(
          "add_column",
          "alter_column",
          "batch_alter_table",
          "bulk_insert",
          "create_check_constraint",
          "create_exclude_constraint",
          "create_foreign_key",
          "create_index",
          "create_primary_key",
          "create_table",
          "create_table_comment",
          "create_unique_constraint",
          "drop_column",
          "drop_constraint",
          "drop_index",
          "drop_table",
          "drop_table_comment",
          "execute",
          "f",
          "get_bind",
          "get_context",
          "implementation_for",
          "inline_literal",
          "invoke",
          "register_operation",
          "rename_table");

  /** The functions of the {@code alembic.context} proxy module. */
  static final List<String> CONTEXT_FUNCTIONS =
      List.of(
          "begin_transaction",
          "configure",
          "execute",
          "get_bind",
          "get_context",
          "get_head_revision",
          "get_head_revisions",
          "get_impl",
          "get_revision_argument",
          "get_starting_revision_argument",
          "get_tag_argument",
          "get_x_argument",
          "is_offline_mode",
          "is_transactional_ddl",
          "requires_connection",
          "run_migrations",
          "static_output");

  private AlembicModules() {}

  /** The {@code alembic} package module holding {@code op} and {@code context}. */
  static PyModule alembic(PyValue op, PyValue context) {
    return new PyModule("alembic")
        .put("op", op)
        .put("context", context)
        .put("__version__", new PyStr("1.8.1"));
  }

  /** An unestablished proxy module: every function raises Alembic's NameError. */
  static PyModule placeholder(String module, String cls, List<String> functions) {
    PyModule m = new PyModule(module);
    for (String f : functions) {
      m.put(
          f,
          NativeFunction.of(
              f,
              a -> {
                throw new PyException(
                    "NameError",
                    "Can't invoke function '"
                        + f
                        + "', as the proxy object has not yet been established for the Alembic '"
                        + cls
                        + "' class.  Try placing this code inside a callable.");
              }));
    }
    return m;
  }

  /** The {@code alembic.op} of a file read outside a migration run. */
  static PyModule placeholderOp() {
    return placeholder("alembic.op", "Operations", OP_FUNCTIONS);
  }

  /** The {@code alembic.context} of a script run without an environment. */
  static PyModule placeholderContext() {
    return placeholder("alembic.context", "EnvironmentContext", CONTEXT_FUNCTIONS);
  }
}
