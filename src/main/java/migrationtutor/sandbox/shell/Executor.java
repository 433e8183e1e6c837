package migrationtutor.sandbox.shell;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.parse.CommandList;
import migrationtutor.sandbox.shell.parse.Connector;
import migrationtutor.sandbox.shell.parse.Redirect;
import migrationtutor.sandbox.shell.parse.ShellParser;
import migrationtutor.sandbox.shell.parse.ShellSyntaxException;
import migrationtutor.sandbox.shell.parse.SimpleCommand;
import migrationtutor.sandbox.shell.parse.Word;
import migrationtutor.sandbox.workspace.Footprint;

/**
 * Runs parsed command lines: expands each command's words when its turn comes (so {@code read x &&
 * echo $x} sees the new value), opens its redirection, finds the command and runs it, and honours
 * {@code &&} and {@code ;}. Nothing here starts a process.
 */
final class Executor {
  static final String PREFIX = "tutor: ";
  private final ShellRuntime rt;

  Executor(ShellRuntime rt) {
    this.rt = rt;
  }

  /** Parses and runs {@code text}, reporting syntax errors; returns the exit status. */
  int runText(String text, ShellState state, ShellIO io) {
    CommandList list;
    try {
      list = ShellParser.parse(text);
    } catch (ShellSyntaxException e) {
      io.err().print(PREFIX + Printable.of(e.getMessage()) + "\n");
      io.err().flush();
      return 2;
    }
    return run(list, state, io);
  }

  int run(CommandList list, ShellState state, ShellIO io) {
    int status = state.lastStatus;
    boolean skip = false;
    for (int i = 0; i < list.commands().size(); i++) {
      if (!skip) {
        status = runSimple(list.commands().get(i), state, io);
        state.lastStatus = status;
        if (state.exitStatus != null) {
          break;
        }
      }
      skip = list.connectors().get(i) == Connector.AND && status != 0;
    }
    return status;
  }

  /** What {@code list} may change, judged with the variables and files as they are now. */
  Footprint footprint(CommandList list, ShellState state, ShellIO io) {
    Footprint fp = Footprint.NONE;
    Expander ex = new Expander(state, rt.workspace.paths());
    for (SimpleCommand c : list.commands()) {
      List<String> targets = new ArrayList<>();
      for (Redirect r : c.redirects()) {
        targets.add(ex.single(r.target()));
      }
      List<String> argv = ex.words(c.words());
      CommandContext ctx =
          context(state, io, argv.isEmpty() ? "" : argv.get(0), io.out(), false, Map.of());
      fp = fp.union(ctx.footprintOf(targets));
      if (!argv.isEmpty()) {
        ShellRuntime.Registered entry = rt.commands.get(argv.get(0));
        if (entry != null) {
          fp = fp.union(entry.command().footprint(ctx, argv.subList(1, argv.size())));
        }
      }
    }
    return fp;
  }

  private int runSimple(SimpleCommand c, ShellState state, ShellIO io) {
    Expander ex = new Expander(state, rt.workspace.paths());
    List<String> argv = ex.words(c.words());
    Map<String, String> assigned = new LinkedHashMap<>();
    for (Word w : c.assignments()) {
      String text = ex.single(w);
      int eq = text.indexOf('=');
      assigned.put(text.substring(0, eq), text.substring(eq + 1));
    }
    if (argv.isEmpty()) {
      assigned.forEach(state::set);
    }
    PrintStream out = io.out();
    boolean terminal = io.terminalOutput();
    PrintStream file = null;
    try {
      for (int k = 0; k < c.redirects().size(); k++) {
        Redirect r = c.redirects().get(k);
        if (file != null) {
          file.close();
        }
        file = open(ex.single(r.target()), r.append(), state, io);
        if (file == null) {
          return 1;
        }
      }
      if (file != null) {
        out = file;
        terminal = false;
      }
      if (argv.isEmpty()) {
        return 0;
      }
      return dispatch(argv, state, io, out, terminal, assigned);
    } finally {
      if (file != null) {
        file.close();
      }
    }
  }

  private PrintStream open(String target, boolean append, ShellState state, ShellIO io) {
    if (target.equals("/dev/null")) {
      // Throwing output away reaches nothing outside the workspace.
      return new PrintStream(
          java.io.OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    }
    try {
      Path p = rt.workspace.paths().resolveForChange(state.cwd, target);
      if (Files.isDirectory(p)) {
        throw new IOException("Is a directory");
      }
      return new PrintStream(
          new BufferedOutputStream(new FileOutputStream(p.toFile(), append)),
          false,
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      String why =
          e.getMessage() != null && e.getMessage().equals("Is a directory")
              ? e.getMessage()
              : IoErrors.describe(e);
      io.err().print(PREFIX + Printable.of(target) + ": " + why + "\n");
      io.err().flush();
      return null;
    }
  }

  private int dispatch(
      List<String> argv,
      ShellState state,
      ShellIO io,
      PrintStream out,
      boolean terminal,
      Map<String, String> assigned) {
    String name = argv.get(0);
    ShellRuntime.Registered entry = rt.commands.get(name);
    if (entry == null) {
      io.err().print(NotAvailable.message(name, rt.commands.keySet()));
      io.err().flush();
      return 127;
    }
    CommandContext ctx = context(state, io, name, out, terminal, assigned);
    try {
      return entry.command().run(ctx, List.copyOf(argv.subList(1, argv.size())));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug in the tutor's command, not the learner's doing: one line, never a stack trace.
      out.flush();
      io.err()
          .print(
              PREFIX
                  + name
                  + ": internal error in the tutor's shell ("
                  + e.getClass().getSimpleName()
                  + "). Please tell the course maintainers what you ran.\n");
      return 1;
    } finally {
      state.inputCompletion = null;
      out.flush();
      io.err().flush();
    }
  }

  private CommandContext context(
      ShellState state,
      ShellIO io,
      String name,
      PrintStream out,
      boolean terminal,
      Map<String, String> overlay) {
    return new CommandContext(rt, state, io, name, out, terminal, overlay);
  }
}
