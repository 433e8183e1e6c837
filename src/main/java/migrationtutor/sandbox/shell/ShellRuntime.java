package migrationtutor.sandbox.shell;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import migrationtutor.sandbox.workspace.Workspace;

/** What every command of one shell shares: the workspace, the command table, the history. */
final class ShellRuntime implements CommandRegistry {
  final Workspace workspace;
  final Clock clock;
  final List<String> history = new ArrayList<>();
  final Map<String, Registered> commands = new TreeMap<>(NameOrder.BY_CODE_POINT);
  final Executor executor;

  /** A command with its help entry. */
  record Registered(CommandInfo info, Command command) {}

  ShellRuntime(Workspace workspace, Clock clock) {
    this.workspace = workspace;
    this.clock = clock;
    this.executor = new Executor(this);
  }

  @Override
  public void add(CommandInfo info, Command command) {
    commands.put(info.name(), new Registered(info, command));
  }

  List<CommandInfo> commandInfos() {
    List<CommandInfo> out = new ArrayList<>();
    for (Registered r : commands.values()) {
      out.add(r.info());
    }
    return out;
  }
}
