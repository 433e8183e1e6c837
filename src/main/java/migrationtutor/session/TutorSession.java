package migrationtutor.session;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import migrationtutor.course.Course;
import migrationtutor.course.Lesson;
import migrationtutor.course.ProjectSwap;
import migrationtutor.course.Step;
import migrationtutor.course.StepChecks;
import migrationtutor.course.check.CheckResult;
import migrationtutor.course.check.TrialCache;
import migrationtutor.course.progress.LessonRecord;
import migrationtutor.course.progress.StepRecord;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.shell.ShellIO;
import migrationtutor.sandbox.workspace.Workspace;

/**
 * A learner's session with a course, independent of any front end: it knows the current lesson and
 * step, runs the learner's command lines in the {@link Shell}, answers the tutor's own commands
 * ({@code hint}, {@code check}, {@code lesson 3}, ...), checks the step after every command and
 * when the workspace changes on disk ({@link #recheck}), records progress, and reports everything
 * the learner should see as {@link SessionEvent}s for the front end to render.
 *
 * <p>Confirmations are part of the conversation: a command that asks ({@code solution}, {@code
 * reset}, opening a lesson that replaces work) returns a {@link SessionEvent.Question}, and the
 * next line submitted is its answer ({@link #pendingQuestion}). All methods are thread-safe: a file
 * watcher may call {@link #recheck} while the front end waits for input.
 */
public final class TutorSession {
  /**
   * What one submitted line gave.
   *
   * @param events what to show, in order (after whatever the shell printed)
   * @param status the line's exit status (a tutor command: 0, or 1 when it could not be done)
   * @param quit whether the learner asked to leave
   */
  public record Reply(List<SessionEvent> events, int status, boolean quit) {
    public Reply {
      events = List.copyOf(events);
    }
  }

  /**
   * Where the learner is.
   *
   * @param lesson the current lesson
   * @param lessonNumber its 1-based place in the course
   * @param step the current step
   * @param record what the learner did in that step (hints, passed, solution revealed)
   */
  public record Position(Lesson lesson, int lessonNumber, Step step, StepRecord record) {}

  /** A question waiting for its answer, and what each answer does. */
  private record Pending(
      SessionEvent.Question question,
      Supplier<List<SessionEvent>> yes,
      Supplier<List<SessionEvent>> no) {}

  private final Course course;
  private final Shell shell;
  private final Workspace workspace;
  private final ProgressKeeper keeper;
  private final LessonPreparer preparer;
  private final TrialCache trials = new TrialCache();
  private final ReentrantLock lock = new ReentrantLock();
  private final Navigator nav;
  private final TutorCommands commands;
  private Pending pending;
  private String checkedState;
  private boolean recovered;

  private TutorSession(Course course, Shell shell, ProgressKeeper keeper) {
    this.course = course;
    this.shell = shell;
    this.workspace = shell.workspace();
    this.keeper = keeper;
    this.preparer = new LessonPreparer(course, workspace);
    this.nav = new Navigator(this);
    this.commands = new TutorCommands(this);
  }

  /**
   * A session of {@code course} in the shell's workspace.
   *
   * @throws SessionException when the course has no lessons or the progress file cannot be read
   */
  public static TutorSession open(Course course, Shell shell, Clock clock) {
    if (course.lessons().isEmpty()) {
      throw new SessionException("the course has no lessons; run 'tutor lint' on it");
    }
    boolean recovered;
    try {
      recovered = ProjectSwap.recover(shell.workspace().root());
    } catch (IOException e) {
      throw new SessionException(
          "the tutor stopped while replacing your project files last time, and cannot finish"
              + " that now ("
              + e.getMessage()
              + "). The new files are in .tutor/swap/files in the workspace.");
    }
    try {
      TutorSession t =
          new TutorSession(course, shell, ProgressKeeper.open(shell.workspace().root(), clock));
      t.recovered = recovered;
      return t;
    } catch (IOException e) {
      throw new SessionException(
          e.getMessage()
              + ". Move the file away to start the course afresh (your files are not affected).");
    }
  }

  /** The course. */
  public Course course() {
    return course;
  }

  /** The shell the learner's commands run in. */
  public Shell shell() {
    return shell;
  }

  /**
   * Starts (or resumes) the session: notices about changed lessons, the current lesson and step,
   * and the step checked at once (the learner may have changed files while the tutor was closed).
   */
  public List<SessionEvent> start() {
    try {
      return startLocked();
    } catch (RuntimeException e) {
      return List.of(internal(e));
    }
  }

  private List<SessionEvent> startLocked() {
    lock.lock();
    try {
      List<SessionEvent> out = new ArrayList<>();
      if (recovered) {
        out.add(
            new SessionEvent.Info(
                "The tutor stopped while it was replacing your project files; it has finished"
                    + " that now."));
      }
      for (String notice : keeper.reconcile(course)) {
        out.add(new SessionEvent.Info(notice));
      }
      nav.resume(out);
      if (pending == null) {
        check(out, false);
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Handles one line the learner typed: the answer to a pending question, a tutor command, or a
   * command line for the shell (whose output goes to {@code io}); then checks the step.
   */
  public Reply submit(String line, ShellIO io) {
    try {
      return submitLocked(line, io);
    } catch (RuntimeException e) {
      return new Reply(List.of(internal(e)), 1, false);
    }
  }

  private Reply submitLocked(String line, ShellIO io) {
    lock.lock();
    try {
      List<SessionEvent> out = new ArrayList<>();
      if (pending != null) {
        Pending p = pending;
        pending = null;
        String a = line.strip().toLowerCase(java.util.Locale.ROOT);
        out.addAll(a.equals("y") || a.equals("yes") ? p.yes().get() : p.no().get());
        if (!a.equals("quit") && !a.equals("exit")) {
          return reply(out, 0, false);
        }
        // Leaving is always possible: the question is answered no, then the line runs.
      }
      SessionCommand c = SessionCommand.parse(line);
      if (c != null) {
        int status = commands.run(c, io, out);
        return reply(out, status, false);
      }
      int status = shell.run(line, io);
      if (!shell.exitRequested() && !line.isBlank()) {
        check(out, false);
      }
      return reply(out, status, shell.exitRequested());
    } finally {
      lock.unlock();
    }
  }

  private Reply reply(List<SessionEvent> out, int status, boolean quit) {
    String problem = keeper.save();
    if (problem != null) {
      out.add(new SessionEvent.Problem(problem));
    }
    return new Reply(out, status, quit);
  }

  /**
   * Checks the step again because the workspace may have changed on disk; does nothing while a
   * question waits, while a command runs, or when no file changed since the last check.
   */
  public List<SessionEvent> recheck() {
    try {
      return recheckLocked();
    } catch (RuntimeException e) {
      return List.of(internal(e));
    }
  }

  /**
   * A failure of the tutor itself, said without a stack trace: the learner's files and progress are
   * as the last command left them.
   */
  private static SessionEvent internal(RuntimeException e) {
    return new SessionEvent.Problem(
        "internal error in the tutor ("
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage())
            + "). Your work is kept; type check to try again, and please tell the course"
            + " maintainers what you did.");
  }

  private List<SessionEvent> recheckLocked() {
    if (!lock.tryLock()) {
      return List.of(); // the command running now is followed by a check anyway
    }
    try {
      if (pending != null || WorkspaceWatcher.state(workspace.root()).equals(checkedState)) {
        return List.of();
      }
      List<SessionEvent> out = new ArrayList<>();
      check(out, false);
      String problem = out.isEmpty() ? null : keeper.save();
      if (problem != null) {
        out.add(new SessionEvent.Problem(problem));
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  /** The question the next submitted line answers, if any. */
  public Optional<SessionEvent.Question> pendingQuestion() {
    lock.lock();
    try {
      return pending == null ? Optional.empty() : Optional.of(pending.question());
    } finally {
      lock.unlock();
    }
  }

  /** The current lesson and step. */
  public Position position() {
    lock.lock();
    try {
      Lesson l = nav.lesson();
      LessonRecord r = keeper.find(l);
      StepRecord s =
          r == null
              ? new StepRecord(nav.step().title())
              : r.step(nav.stepIndex(), nav.step().title());
      return new Position(l, course.indexOf(l) + 1, nav.step(), s);
    } finally {
      lock.unlock();
    }
  }

  /** How far the learner got in {@code lesson}: {@code passed}, {@code started} or {@code new}. */
  public String status(Lesson lesson) {
    lock.lock();
    try {
      LessonRecord r = keeper.find(lesson);
      if (r == null) {
        return "";
      }
      if (r.passed != null) {
        return "passed";
      }
      long done = r.steps.stream().filter(s -> s.passed != null).count();
      return r.prepared != null && done == 0
          ? "skipped"
          : done + " of " + lesson.steps().size() + " steps";
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@code line} is one of the tutor's own commands (for a front end's completion). */
  public static boolean isTutorCommand(String line) {
    return SessionCommand.parse(line) != null;
  }

  /**
   * Completion candidates for the tutor's own commands at {@code cursor} in {@code line}; a front
   * end offers them with the shell's ({@code Shell.complete}).
   */
  public List<migrationtutor.sandbox.shell.Candidate> complete(String line, int cursor) {
    return TutorCompletion.complete(course, line, cursor);
  }

  /** The tutor's own command words, for completion. */
  public static List<String> commandWords() {
    return SessionCommand.NAMES.stream().sorted().toList();
  }

  /** Asks {@code question}; the next submitted line runs {@code yes} or {@code no}. */
  void ask(
      List<SessionEvent> out,
      String question,
      Supplier<List<SessionEvent>> yes,
      Supplier<List<SessionEvent>> no) {
    SessionEvent.Question q = new SessionEvent.Question(question);
    pending = new Pending(q, yes, no);
    out.add(q);
  }

  /**
   * Runs the current step's checks; while they pass, records the step and moves on (the next step
   * may already be done; a finished lesson opens the next). {@code explicit}: the learner asked, so
   * every result is reported.
   */
  void check(List<SessionEvent> out, boolean explicit) {
    checkedState = WorkspaceWatcher.state(workspace.root());
    boolean first = true;
    while (pending == null) {
      Lesson lesson = nav.lesson();
      Step step = nav.step();
      LessonRecord r = keeper.open(lesson, transcriptSize());
      StepRecord current = r.step(nav.stepIndex(), step.title());
      boolean report = explicit && first;
      if (current.passed != null && !report) {
        return; // already done: going back to a step must not push the learner on again
      }
      List<CheckResult> results =
          StepChecks.run(workspace.root(), lesson, step.checks(), r.from, -1, trials);
      if (report) {
        out.add(new SessionEvent.Checked(step, results));
      }
      first = false;
      if (!StepChecks.allPass(results)) {
        return;
      }
      if (current.passed != null) {
        out.add(new SessionEvent.Info("This step was already passed; type next to go on."));
        return;
      }
      StepRecord s = keeper.passed(lesson, nav.stepIndex(), transcriptSize());
      out.add(new SessionEvent.StepPassed(lesson, step, s.solutionRevealed));
      nav.afterPass(out);
    }
  }

  int transcriptSize() {
    try {
      return workspace.transcript().lines().size();
    } catch (IOException e) {
      return 0;
    }
  }

  ProgressKeeper keeper() {
    return keeper;
  }

  LessonPreparer preparer() {
    return preparer;
  }

  Navigator nav() {
    return nav;
  }
}
