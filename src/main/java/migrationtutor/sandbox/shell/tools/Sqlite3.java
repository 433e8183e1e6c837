package migrationtutor.sandbox.shell.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.FileCompletion;
import migrationtutor.sandbox.sqlite3.Sqlite3Invocation;
import migrationtutor.sandbox.sqlite3.Sqlite3Shell;
import migrationtutor.sandbox.workspace.Footprint;

/**
 * {@code sqlite3 [OPTIONS] [FILE [SQL]...]}: the sandbox's sqlite3 shell emulation, with a resolver
 * that maps every file name it touches into the workspace and refuses the rest (and the tutor's own
 * folder). With no SQL arguments it reads the learner's input at its {@code sqlite>} prompt.
 */
final class Sqlite3 implements Command {
  /** sqlite3 options that take a value, so the database name can be told apart. */
  private static final Set<String> WITH_VALUE =
      Set.of(
          "cmd",
          "init",
          "separator",
          "newline",
          "nullvalue",
          "vfs",
          "mmap",
          "maxsize",
          "heap",
          "escape");

  private static final Set<String> WITH_TWO_VALUES = Set.of("pagecache", "lookaside");

  @Override
  public int run(CommandContext ctx, List<String> args) {
    String db = database(args);
    if (db != null) {
      ctx.offerInputCompletion((line, cursor) -> SqliteCompletion.atPrompt(ctx, db, line, cursor));
    }
    return Sqlite3Shell.run(
        Sqlite3Invocation.builder(args)
            .workingDirectory(ctx.cwd())
            .resolver(name -> resolve(ctx, name))
            .stdin(ctx.in())
            .interactive(ctx.interactive())
            .echoInput(false)
            .stdout(ctx.out())
            .stderr(ctx.err())
            .build());
  }

  private static Optional<Path> resolve(CommandContext ctx, String name) {
    try {
      Path p = ctx.resolve(name);
      return ctx.paths().isTutorPath(p) ? Optional.empty() : Optional.of(p);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The database file named on the command line, or null (in memory). */
  static String database(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("-") && a.length() > 1) {
        String opt = a.replaceFirst("^--?", "");
        if (WITH_VALUE.contains(opt)) {
          i++;
        } else if (WITH_TWO_VALUES.contains(opt)) {
          i += 2;
        } else if (opt.equals("A")) {
          return null;
        }
        continue;
      }
      return a.isEmpty() || a.equals(":memory:") ? null : a;
    }
    return null;
  }

  @Override
  public Footprint footprint(CommandContext ctx, List<String> args) {
    String db = database(args);
    if (db == null) {
      return Footprint.NONE;
    }
    List<String> paths = new ArrayList<>();
    Databases.withJournals(db, paths);
    return ctx.footprintOf(paths);
  }

  @Override
  public List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    String db = database(args);
    if (db == null) {
      return FileCompletion.files(ctx, prefix, false);
    }
    return SqliteCompletion.argument(ctx, db, prefix);
  }
}
