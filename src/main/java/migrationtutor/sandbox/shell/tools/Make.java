package migrationtutor.sandbox.shell.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.Printable;
import migrationtutor.sandbox.workspace.Footprint;

/**
 * {@code make [-n] [-s] [-f FILE] [TARGET]... [NAME=value]...}: GNU make 4.3's way of running a
 * Makefile's rules, with every recipe line run through this same shell (as {@code sh -c} would,
 * each line on its own): echoed first unless it starts with {@code @}, failures stopping the build
 * unless it starts with {@code -}, and make's messages and exit status 2 on failure.
 */
final class Make implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    boolean dryRun = false;
    boolean silent = false;
    String file = null;
    List<String> goals = new ArrayList<>();
    Map<String, String> cmdline = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("-n") || a.equals("--dry-run") || a.equals("--just-print")) {
        dryRun = true;
      } else if (a.equals("-s") || a.equals("--silent") || a.equals("--quiet")) {
        silent = true;
      } else if (a.equals("-f") || a.equals("--file") || a.equals("--makefile")) {
        if (i + 1 >= args.size()) {
          ctx.err().print("make: option requires an argument -- 'f'\n");
          return 2;
        }
        file = args.get(++i);
      } else if (a.startsWith("-") && a.length() > 1) {
        ctx.err()
            .print(
                "make: option "
                    + Printable.quoted(a)
                    + " is not available in the"
                    + " tutor's make (it has -n, -s and -f FILE)\n");
        return 2;
      } else if (a.matches("(?s)[A-Za-z_][A-Za-z0-9_.-]*=.*")) {
        int eq = a.indexOf('=');
        cmdline.put(a.substring(0, eq), a.substring(eq + 1));
      } else {
        goals.add(a);
      }
    }
    MakeExpander.Lookup lookup = new MakeExpander.Lookup(cmdline, ctx.environment());
    Makefile mf;
    try {
      mf = read(ctx, file, lookup);
    } catch (MakeError e) {
      ctx.err().print(e.getMessage() + "\n");
      return 2;
    }
    if (mf == null) {
      ctx.err()
          .print(
              goals.isEmpty()
                  ? "make: *** No targets specified and no makefile found.  Stop.\n"
                  : "make: *** No rule to make target " + quote(goals.get(0)) + ".  Stop.\n");
      return 2;
    }
    if (goals.isEmpty()) {
      if (mf.defaultGoal == null) {
        ctx.err().print("make: *** No targets.  Stop.\n");
        return 2;
      }
      goals.add(mf.defaultGoal);
    }
    MakeRun run = new MakeRun(ctx, mf, lookup, cmdline, dryRun, silent);
    for (String goal : goals) {
      int status = run.goal(goal);
      if (status != 0) {
        return status;
      }
    }
    return 0;
  }

  /** The Makefile named with -f, or the first of GNU make's default names; null when none. */
  private static Makefile read(CommandContext ctx, String file, MakeExpander.Lookup lookup)
      throws MakeError {
    List<String> names =
        file != null ? List.of(file) : List.of("GNUmakefile", "makefile", "Makefile");
    for (String name : names) {
      try {
        Path p = ctx.resolve(name);
        if (Files.isRegularFile(p)) {
          return Makefile.parse(name, Files.readString(p, StandardCharsets.UTF_8), lookup);
        }
        if (file != null) {
          throw new MakeError(
              "make: "
                  + name
                  + ": No such file or directory\n"
                  + "make: *** No rule to make target "
                  + quote(name)
                  + ".  Stop.");
        }
      } catch (IOException e) {
        if (file != null) {
          throw new MakeError("make: " + name + ": " + e.getMessage());
        }
      }
    }
    return null;
  }

  static String quote(String s) {
    return "'" + Printable.of(s) + "'";
  }

  @Override
  public Footprint footprint(CommandContext ctx, List<String> args) {
    // A recipe may run any of the shell's commands: keep everything small enough.
    return Footprint.EVERYTHING;
  }

  @Override
  public List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    List<Candidate> out = new ArrayList<>();
    Makefile mf;
    try {
      mf = read(ctx, null, new MakeExpander.Lookup(Map.of(), Map.of()));
    } catch (MakeError e) {
      return out;
    }
    if (mf == null) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (String t : mf.rules.keySet()) {
      if (t.startsWith(prefix) && seen.add(t)) {
        out.add(Candidate.of(t));
      }
    }
    for (String v : mf.variables.keySet()) {
      if ((v + "=").startsWith(prefix) && v.equals(v.toUpperCase(java.util.Locale.ROOT))) {
        out.add(new Candidate(v + "=", "", false));
      }
    }
    return out;
  }
}
