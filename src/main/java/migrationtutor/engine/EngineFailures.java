package migrationtutor.engine;

import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.UnsupportedConstructException;

/**
 * Brings the failures of the schema, DDL and batch layers (which describe what the real tool raises
 * without depending on the engine's error types) under {@link EngineError}.
 */
public final class EngineFailures {
  private EngineFailures() {}

  /** The engine error for a failure, or the failure itself when it is not a known kind. */
  public static RuntimeException normalize(RuntimeException e) {
    if (e instanceof EngineError) {
      return e;
    }
    if (e instanceof PythonException p) {
      if (PythonException.COMMAND_ERROR.equals(p.pythonClass())) {
        return new CommandError(p.pythonMessage(), p);
      }
      return new PythonError(p.pythonClass(), p.pythonMessage(), null, java.util.List.of(), p);
    }
    if (e instanceof UnsupportedConstructException u) {
      return new SourceLimitError(null, u.getMessage());
    }
    return e;
  }
}
