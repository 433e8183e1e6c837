package migrationtutor.course.verify;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import migrationtutor.course.Action;
import migrationtutor.course.Course;
import migrationtutor.course.Diagnostic;
import migrationtutor.course.Lesson;
import migrationtutor.course.Replay;
import migrationtutor.course.Sandbox;
import migrationtutor.course.Step;
import migrationtutor.course.StepChecks;
import migrationtutor.course.WrongAnswer;
import migrationtutor.course.check.Check;
import migrationtutor.course.check.CheckResult;
import migrationtutor.course.check.Evidence;
import migrationtutor.course.check.TrialCache;

/**
 * {@code verify}: plays every lesson in fresh sandboxes and checks that its checks mean something.
 * For each step, in the state its earlier steps' solutions leave: the checks must fail, every
 * known-wrong answer (tried on a copy) must fail them too, and after the step's solution they must
 * pass. At the end of the course (and where a lesson on another starter project replaces the
 * project), the file and revision checks of every step must still hold, because {@code grade}
 * re-checks them against the learner's final workspace.
 */
public final class Verifier {
  private final Course course;
  private final TrialCache trials = new TrialCache();

  /** A verifier of {@code course}. */
  public Verifier(Course course) {
    this.course = course;
  }

  /**
   * Verifies every lesson, in course order, reporting each to {@code done} as it finishes.
   *
   * @return the verdicts, and one more for the end-of-course check when it found problems (its
   *     lesson is null)
   */
  public List<LessonVerdict> run(Consumer<LessonVerdict> done) {
    List<LessonVerdict> out = new ArrayList<>();
    Sandbox chain = null;
    List<Played> played = new ArrayList<>();
    try {
      for (Lesson lesson : course.lessons()) {
        long t0 = System.nanoTime();
        List<Diagnostic> problems = new ArrayList<>();
        int wrong = 0;
        if (chain != null && !chain.workspace().project().equals(lesson.starter())) {
          // The learner's project is replaced by another starter's here: what grade re-checks of
          // the lessons so far must hold in the state they leave.
          atTheEnd(chain, played, out, done);
          played.clear();
          chain.close();
          chain = null;
        }
        try {
          // A copy of the state the earlier lessons left is this lesson's fresh sandbox.
          Sandbox s = chain == null ? Replay.before(course, lesson, 0) : chain.copy();
          if (chain != null) {
            chain.close();
          }
          chain = s;
          int from = s.transcriptSize();
          for (Step step : lesson.steps()) {
            wrong += step.wrongAnswers().size();
            if (!verifyStep(s, lesson, step, from, problems)) {
              break;
            }
            played.add(new Played(lesson, step, from, s.transcriptSize()));
          }
        } catch (IOException | RuntimeException e) {
          problems.add(
              new Diagnostic(lesson.file(), 1, "the lesson cannot be played: " + e.getMessage()));
          if (chain != null) {
            chain.close();
          }
          chain = null;
        }
        LessonVerdict v =
            new LessonVerdict(lesson, wrong, problems, Duration.ofNanos(System.nanoTime() - t0));
        out.add(v);
        done.accept(v);
      }
      if (chain != null) {
        atTheEnd(chain, played, out, done);
      }
    } finally {
      if (chain != null) {
        chain.close();
      }
    }
    return out;
  }

  /** A step whose solution was played, and the transcript lines that counted for it. */
  private record Played(Lesson lesson, Step step, int from, int to) {}

  private boolean verifyStep(
      Sandbox s, Lesson lesson, Step step, int from, List<Diagnostic> problems) throws IOException {
    String where = "step '" + step.title() + "'";
    if (StepChecks.allPass(checks(s, lesson, step.checks(), from))) {
      problems.add(
          new Diagnostic(
              lesson.file(), step.line(), where + " passes before its solution is played"));
    }
    for (WrongAnswer w : step.wrongAnswers()) {
      try (Sandbox attempt = s.copy()) {
        for (Action a : w.actions()) {
          attempt.apply(a); // a wrong answer may well fail on the way; only the checks matter
        }
        if (StepChecks.allPass(checks(attempt, lesson, step.checks(), from))) {
          problems.add(
              new Diagnostic(
                  lesson.file(),
                  w.line(),
                  "the wrong answer '" + w.name() + "' passes " + where + "'s checks"));
        }
      }
    }
    for (Action a : step.solution()) {
      String problem = s.apply(a);
      if (problem != null) {
        problems.add(
            new Diagnostic(
                lesson.file(),
                a.line(),
                "the solution of " + where + " does not play: " + problem));
        return false;
      }
    }
    boolean ok = true;
    for (CheckResult r : checks(s, lesson, step.checks(), from)) {
      if (!r.passed()) {
        problems.add(
            new Diagnostic(
                lesson.file(),
                r.check().line(),
                where + " fails after its solution: " + r.message()));
        ok = false;
      }
    }
    return ok;
  }

  /** Reports the end-of-chain verdict when it found problems. */
  private void atTheEnd(
      Sandbox s, List<Played> played, List<LessonVerdict> out, Consumer<LessonVerdict> done) {
    LessonVerdict end = atTheEnd(s, played);
    if (!end.ok()) {
      out.add(end);
      done.accept(end);
    }
  }

  /**
   * The file and revision checks of the steps played in one chain (the lessons on one starter
   * project, up to where the project is replaced or the course ends), re-run in the state it ends
   * in.
   */
  private LessonVerdict atTheEnd(Sandbox s, List<Played> played) {
    long t0 = System.nanoTime();
    List<Diagnostic> problems = new ArrayList<>();
    for (Played p : played) {
      List<Check> lasting =
          p.step().checks().stream().filter(c -> c.evidence() != Evidence.DATABASE).toList();
      for (CheckResult r :
          StepChecks.run(s.root(), p.lesson(), lasting, p.from(), p.to(), trials)) {
        if (!r.passed()) {
          problems.add(
              new Diagnostic(
                  p.lesson().file(),
                  r.check().line(),
                  "no longer holds at the end of the course, so grade would fail step '"
                      + p.step().title()
                      + "': "
                      + r.message()));
        }
      }
    }
    // Not one lesson's verdict: the front end names it "the end of the course".
    return new LessonVerdict(null, 0, problems, Duration.ofNanos(System.nanoTime() - t0));
  }

  private List<CheckResult> checks(Sandbox s, Lesson lesson, List<Check> checks, int from) {
    return StepChecks.run(s.root(), lesson, checks, from, -1, trials);
  }
}
