package migrationtutor.engine.autogen;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import migrationtutor.engine.output.Logging;
import migrationtutor.engine.reflect.Inspector;
import migrationtutor.engine.schema.PythonWarning;

/**
 * Alembic's {@code AutogenContext}: what one autogenerate run compares (the target metadata and the
 * database's inspector), how, and where its log lines and warnings go.
 */
public final class AutogenContext {
  /** The logger compare.py's messages go to. */
  public static final String LOGGER_NAME = "alembic.autogenerate.compare";

  private final TargetMetadata metadata;
  private final Inspector inspector;
  private final AutogenOptions options;
  private final BiConsumer<String, Logging.Site> log;
  private final Consumer<PythonWarning> warnings;

  /**
   * A context.
   *
   * @param metadata the models
   * @param inspector the database
   * @param options what env.py configured
   * @param log receives each {@code INFO [alembic.autogenerate.compare]} message with its Alembic
   *     1.8.1 source site
   * @param warnings receives SQLAlchemy's warnings
   */
  public AutogenContext(
      TargetMetadata metadata,
      Inspector inspector,
      AutogenOptions options,
      BiConsumer<String, Logging.Site> log,
      Consumer<PythonWarning> warnings) {
    this.metadata = Objects.requireNonNull(metadata);
    this.inspector = Objects.requireNonNull(inspector);
    this.options = Objects.requireNonNull(options);
    this.log = Objects.requireNonNull(log);
    this.warnings = Objects.requireNonNull(warnings);
  }

  TargetMetadata metadata() {
    return metadata;
  }

  Inspector inspector() {
    return inspector;
  }

  /** The options. */
  public AutogenOptions options() {
    return options;
  }

  Consumer<PythonWarning> warnings() {
    return warnings;
  }

  /** Logs a message from {@code alembic/autogenerate/compare.py}. */
  void info(String message, String function, int line) {
    log.accept(message, new Logging.Site("compare.py", function, line));
  }
}
