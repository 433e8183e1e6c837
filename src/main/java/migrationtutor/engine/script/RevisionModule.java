package migrationtutor.engine.script;

/**
 * A revision file's module after its top level ran: what the migration runner needs to call its
 * {@code upgrade()} or {@code downgrade()}.
 */
public interface RevisionModule {
  /** Whether the module defines a function with this name. */
  boolean hasFunction(String name);
}
