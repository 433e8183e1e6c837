package migrationtutor.engine.autogen;

/**
 * The {@code context.configure(...)} options autogenerate acts on.
 *
 * @param renderAsBatch {@code render_as_batch}
 * @param compareType {@code compare_type}
 * @param compareServerDefault {@code compare_server_default}
 * @param sqlalchemyModulePrefix {@code sqlalchemy_module_prefix} ({@code "sa."})
 * @param alembicModulePrefix {@code alembic_module_prefix} ({@code "op."})
 * @param versionTable the version table, never compared
 */
public record AutogenOptions(
    boolean renderAsBatch,
    boolean compareType,
    boolean compareServerDefault,
    String sqlalchemyModulePrefix,
    String alembicModulePrefix,
    String versionTable) {

  /** Alembic 1.8.1's defaults. */
  public static AutogenOptions defaults() {
    return new AutogenOptions(false, false, false, "sa.", "op.", "alembic_version");
  }

  /** These options with {@code render_as_batch} set. */
  public AutogenOptions withRenderAsBatch(boolean value) {
    return new AutogenOptions(
        value,
        compareType,
        compareServerDefault,
        sqlalchemyModulePrefix,
        alembicModulePrefix,
        versionTable);
  }

  /** These options with {@code compare_type} and {@code compare_server_default} set. */
  public AutogenOptions withComparisons(boolean type, boolean serverDefault) {
    return new AutogenOptions(
        renderAsBatch,
        type,
        serverDefault,
        sqlalchemyModulePrefix,
        alembicModulePrefix,
        versionTable);
  }

  /** These options with another version table. */
  public AutogenOptions withVersionTable(String table) {
    return new AutogenOptions(
        renderAsBatch,
        compareType,
        compareServerDefault,
        sqlalchemyModulePrefix,
        alembicModulePrefix,
        table);
  }
}
