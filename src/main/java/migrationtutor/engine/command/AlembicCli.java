package migrationtutor.engine.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.EngineError;
import migrationtutor.engine.EngineFailures;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.SourceLimitError;
import migrationtutor.engine.argparse.ArgparseExit;
import migrationtutor.engine.argparse.ArgumentParser;
import migrationtutor.engine.config.AlembicConfig;
import migrationtutor.engine.env.EngineBindings;
import migrationtutor.engine.env.OpsEngineBindings;
import migrationtutor.engine.output.Logging;
import migrationtutor.engine.pysrc.LargeStackThread;

/**
 * The {@code alembic} command: parses arguments as Alembic's argparse front end does, runs one
 * command, and turns its outcome into Alembic's output and exit status.
 *
 * <p>Exit statuses are Alembic's: 0 on success, 255 for a {@code FAILED:} command error, 1 for what
 * Python would show as a traceback, 2 for a usage error. No Java stack trace is ever printed.
 */
public final class AlembicCli {
  private static final String PROG = "alembic";

  private AlembicCli() {}

  /** Runs one invocation with the engine's own SQLAlchemy and Alembic bindings. */
  public static int run(Invocation inv) {
    return run(
        inv,
        new OpsEngineBindings(
            w -> {
              inv.console().err().print(w.category() + ": " + w.message() + "\n");
              inv.console().err().flush();
            }));
  }

  /**
   * Runs one invocation and returns its exit status. The work runs on its own thread with a large
   * stack: evaluated Python uses several kilobytes of Java stack per call level.
   */
  public static int run(Invocation inv, EngineBindings bindings) {
    return LargeStackThread.call("alembic", () -> runHere(inv, bindings));
  }

  private static int runHere(Invocation inv, EngineBindings bindings) {
    ArgumentParser parser = AlembicArguments.parser(PROG, "alembic.ini");
    Map<String, Object> ns;
    try {
      ns = parser.parse(inv.args(), inv.columns());
      if (!ns.containsKey("command")) {
        throw parser.error("too few arguments", inv.columns());
      }
    } catch (ArgparseExit e) {
      inv.console().out().print(e.stdout());
      inv.console().err().print(e.stderr());
      inv.console().out().flush();
      inv.console().err().flush();
      return e.status();
    }
    String configFile =
        (String)
            ns.getOrDefault(
                "config", inv.environment().getOrDefault("ALEMBIC_CONFIG", "alembic.ini"));
    @SuppressWarnings("unchecked")
    List<String> x = (List<String>) ns.getOrDefault("x", List.of());
    AlembicConfig config =
        new AlembicConfig(
            inv.workingDir(), configFile, (String) ns.getOrDefault("name", "alembic"), x);
    CommandContext ctx = new CommandContext(inv, config);
    boolean raiseErr = Boolean.TRUE.equals(ns.get("raiseerr"));
    try {
      Commands.dispatch(ctx, bindings, (String) ns.get("command"), ns);
      return 0;
    } catch (EngineError e) {
      return report(ctx, e, raiseErr);
    } catch (RuntimeException e) {
      RuntimeException normalized = EngineFailures.normalize(e);
      if (normalized instanceof EngineError known) {
        return report(ctx, known, raiseErr);
      }
      return internalError(inv, e);
    } catch (StackOverflowError | OutOfMemoryError e) {
      return internalError(inv, e);
    } catch (Exception e) {
      return internalError(inv, e);
    }
  }

  /** Prints an engine error the way Alembic shows its kind of failure, and returns the status. */
  private static int report(CommandContext ctx, EngineError error, boolean raiseErr) {
    PrintStream err = ctx.console().err();
    if (error instanceof CommandError e) {
      if (raiseErr) {
        ErrorReport.printTraceback(
            new PythonError("alembic.util.exc.CommandError", e.getMessage()), err);
        return 1;
      }
      ctx.logging()
          .error(
              "alembic.util.messaging",
              e.getMessage(),
              new Logging.Site("messaging.py", "err", 65));
      ctx.messages().msg("FAILED: " + e.getMessage());
      return 255;
    }
    if (error instanceof PythonError e) {
      ErrorReport.printTraceback(e, err);
      return 1;
    }
    err.print(((SourceLimitError) error).report() + "\n");
    err.flush();
    return 1;
  }

  private static int internalError(Invocation inv, Throwable e) {
    // A bug in the tutor, not in the learner's project: say so plainly, without a stack trace.
    inv.console()
        .err()
        .print(
            "Internal error in the tutor's migration engine ("
                + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + ").\nYour project was not changed by this error report. Please tell the course"
                + " maintainers what you ran.\n");
    inv.console().err().flush();
    return 1;
  }
}
