package migrationtutor.sandbox.sqlite3;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** One {@code sqlite3 ...} command line for {@link Sqlite3Shell#run}: arguments, files, streams. */
public final class Sqlite3Invocation {
  private final List<String> args;
  private final Path workingDirectory;
  private final SandboxResolver resolver;
  private final LineSource stdin;
  private final boolean interactive;
  private final boolean echoInput;
  private final PrintStream stdout;
  private final PrintStream stderr;

  private Sqlite3Invocation(Builder b) {
    this.args = List.copyOf(b.args);
    this.workingDirectory = Objects.requireNonNull(b.workingDirectory, "workingDirectory");
    this.resolver = Objects.requireNonNull(b.resolver, "resolver");
    this.stdin = b.stdin;
    this.interactive = b.interactive;
    this.echoInput = b.echoInput;
    this.stdout = Objects.requireNonNull(b.stdout, "stdout");
    this.stderr = Objects.requireNonNull(b.stderr, "stderr");
  }

  /** Starts an invocation with the arguments that follow {@code sqlite3} on the command line. */
  public static Builder builder(List<String> args) {
    return new Builder(args);
  }

  /** The arguments after {@code sqlite3}. */
  public List<String> args() {
    return args;
  }

  /** The learner's working directory as the learner sees it (used to show full file names). */
  public Path workingDirectory() {
    return workingDirectory;
  }

  /** Maps file names to real files and refuses those outside the sandbox. */
  public SandboxResolver resolver() {
    return resolver;
  }

  /** Standard input. */
  public LineSource stdin() {
    return stdin;
  }

  /** Whether standard input is a terminal: prompts, banner, and errors without line numbers. */
  public boolean interactive() {
    return interactive;
  }

  /**
   * In interactive mode, whether the shell writes each line it reads after the prompt, as a
   * terminal's echo shows it (true for a transcript; false when the caller's terminal echoes).
   */
  public boolean echoInput() {
    return echoInput;
  }

  /** Standard output. */
  public PrintStream stdout() {
    return stdout;
  }

  /** Standard error. */
  public PrintStream stderr() {
    return stderr;
  }

  /** Builds a {@link Sqlite3Invocation}. */
  public static final class Builder {
    private final List<String> args;
    private Path workingDirectory;
    private SandboxResolver resolver;
    private LineSource stdin = LineSource.empty();
    private boolean interactive;
    private boolean echoInput = true;
    private PrintStream stdout;
    private PrintStream stderr;

    private Builder(List<String> args) {
      this.args = List.copyOf(args);
    }

    /** The learner's working directory, as the learner sees it. */
    public Builder workingDirectory(Path dir) {
      this.workingDirectory = dir;
      return this;
    }

    /** The sandbox's file name mapping. */
    public Builder resolver(SandboxResolver resolver) {
      this.resolver = resolver;
      return this;
    }

    /** Standard input; empty when not set. */
    public Builder stdin(LineSource stdin) {
      this.stdin = Objects.requireNonNull(stdin);
      return this;
    }

    /** Standard input given as lines. */
    public Builder stdin(List<String> lines) {
      return stdin(LineSource.of(lines));
    }

    /** Whether standard input is a terminal (default false: piped input). */
    public Builder interactive(boolean interactive) {
      this.interactive = interactive;
      return this;
    }

    /** Whether the shell echoes lines it reads in interactive mode (default true). */
    public Builder echoInput(boolean echoInput) {
      this.echoInput = echoInput;
      return this;
    }

    /** Standard output. */
    public Builder stdout(PrintStream out) {
      this.stdout = out;
      return this;
    }

    /** Standard error. */
    public Builder stderr(PrintStream err) {
      this.stderr = err;
      return this;
    }

    /** The invocation; working directory, resolver and both streams are required. */
    public Sqlite3Invocation build() {
      return new Sqlite3Invocation(this);
    }
  }
}
