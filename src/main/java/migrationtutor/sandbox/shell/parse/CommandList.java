package migrationtutor.sandbox.shell.parse;

import java.util.List;

/**
 * A parsed command line: commands joined by {@code &&} and {@code ;}.
 *
 * @param commands the commands in order (empty for a blank line or a comment)
 * @param connectors what follows each command ({@link Connector#END} after the last)
 */
public record CommandList(List<SimpleCommand> commands, List<Connector> connectors) {
  public CommandList {
    commands = List.copyOf(commands);
    connectors = List.copyOf(connectors);
    if (commands.size() != connectors.size()) {
      throw new IllegalArgumentException("one connector per command");
    }
  }
}
