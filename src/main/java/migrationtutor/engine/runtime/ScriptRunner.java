package migrationtutor.engine.runtime;

import migrationtutor.engine.script.Script;

/** Runs a revision script's {@code upgrade()} or {@code downgrade()} against a context's impl. */
@FunctionalInterface
public interface ScriptRunner {
  void run(Script script, boolean upgrade, MigrationContext context);
}
