package migrationtutor.engine.runtime;

import java.io.PrintStream;
import migrationtutor.engine.ddl.SqlSink;
import migrationtutor.engine.ddl.SqlStatement;

/**
 * Offline ({@code --sql}) mode: statements are written to standard output the way Alembic's {@code
 * static_output} writes them — four-space indentation, stripped, {@code ;}, blank line.
 */
public final class OfflineSqlSink implements SqlSink {
  private final PrintStream out;

  public OfflineSqlSink(PrintStream out) {
    this.out = out;
  }

  @Override
  public void execute(SqlStatement statement) {
    staticOutput(statement.offlineText());
  }

  /** Writes text followed by a blank line ({@code impl.static_output}). */
  public void staticOutput(String text) {
    out.print(text + "\n\n");
    out.flush();
  }

  @Override
  public boolean isOffline() {
    return true;
  }
}
