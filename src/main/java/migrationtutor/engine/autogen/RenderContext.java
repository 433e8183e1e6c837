package migrationtutor.engine.autogen;

import java.util.Set;
import java.util.TreeSet;

/**
 * The part of {@code AutogenContext} rendering uses: the module prefixes, whether operations are
 * being rendered inside a batch block ({@code _has_batch}), and the import lines types ask for.
 */
final class RenderContext {
  private final AutogenOptions options;
  private final Set<String> imports = new TreeSet<>();
  private boolean batch;

  RenderContext(AutogenOptions options) {
    this.options = options;
  }

  AutogenOptions options() {
    return options;
  }

  /** {@code _sqlalchemy_autogenerate_prefix}. */
  String saPrefix() {
    return options.sqlalchemyModulePrefix() == null ? "" : options.sqlalchemyModulePrefix();
  }

  /** {@code _alembic_autogenerate_prefix}: {@code batch_op.} inside a batch block. */
  String opPrefix() {
    if (batch) {
      return "batch_op.";
    }
    return options.alembicModulePrefix() == null ? "" : options.alembicModulePrefix();
  }

  boolean inBatch() {
    return batch;
  }

  void batch(boolean value) {
    batch = value;
  }

  void addImport(String line) {
    imports.add(line);
  }

  /** The import lines, sorted ({@code "\n".join(sorted(imports))}). */
  String imports() {
    return String.join("\n", imports);
  }
}
