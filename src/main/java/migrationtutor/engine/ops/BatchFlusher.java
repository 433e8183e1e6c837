package migrationtutor.engine.ops;

import migrationtutor.engine.batch.BatchRequest;

/**
 * Applies a finished {@code with op.batch_alter_table(...) as batch_op:} block, as Alembic's {@code
 * BatchOperationsImpl.flush()} does: the recorded operations in place through the impl, or the
 * "move and copy" rebuild, or the {@code --sql} mode CommandError when the table would have to be
 * reflected.
 *
 * <p>The op bindings call it once per block that ends without an exception, after the block's last
 * statement; a block left by an exception is not flushed. Whatever it throws ({@code CommandError},
 * {@code PythonError}, a schema {@code PythonException}) reaches the script as the matching Python
 * exception at the {@code with} statement.
 */
@FunctionalInterface
public interface BatchFlusher {
  /** Applies the block's operations. */
  void flush(BatchRequest request);
}
