package migrationtutor.sandbox.shell.tools;

import java.util.List;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.workspace.Footprint;

/**
 * The ways projects start Alembic: {@code uv run alembic}, {@code poetry run alembic}, {@code
 * pipenv run alembic}, {@code python -m alembic}, {@code python3 -m alembic}. Each runs the
 * embedded engine; anything else they could start is refused, since the tutor runs no Python.
 */
final class PythonRunner implements Command {
  private final String name;
  private final String launch;
  private final Command alembic;

  /**
   * @param name the runner's name ({@code uv}, {@code python3})
   * @param launch what comes before {@code alembic}: {@code run} or {@code -m}
   */
  PythonRunner(String name, String launch, Command alembic) {
    this.name = name;
    this.launch = launch;
    this.alembic = alembic;
  }

  private List<String> alembicArgs(List<String> args) {
    if (args.size() >= 2 && args.get(0).equals(launch) && args.get(1).equals("alembic")) {
      return args.subList(2, args.size());
    }
    return null;
  }

  @Override
  public int run(CommandContext ctx, List<String> args) {
    List<String> rest = alembicArgs(args);
    if (rest != null) {
      return alembic.run(ctx, rest);
    }
    ctx.err()
        .print(
            name
                + ": only "
                + name
                + " "
                + launch
                + " alembic ... is available in the"
                + " tutor's sandbox. The tutor runs no Python programs: its migration engine reads"
                + " env.py and the revision files without running them, and nothing needs"
                + " installing.\n");
    return 1;
  }

  @Override
  public Footprint footprint(CommandContext ctx, List<String> args) {
    List<String> rest = alembicArgs(args);
    return rest == null ? Footprint.NONE : alembic.footprint(ctx, rest);
  }

  @Override
  public List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    if (args.isEmpty()) {
      return launch.startsWith(prefix) ? List.of(Candidate.of(launch)) : List.of();
    }
    if (args.size() == 1) {
      return "alembic".startsWith(prefix) ? List.of(Candidate.of("alembic")) : List.of();
    }
    List<String> rest = alembicArgs(args);
    return rest == null ? List.of() : alembic.complete(ctx, rest, prefix);
  }
}
