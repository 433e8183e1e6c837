package migrationtutor.course.grade;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import migrationtutor.course.Course;
import migrationtutor.course.Lesson;
import migrationtutor.course.Step;
import migrationtutor.course.StepChecks;
import migrationtutor.course.check.Check;
import migrationtutor.course.check.CheckResult;
import migrationtutor.course.check.Evidence;
import migrationtutor.course.check.TrialCache;
import migrationtutor.course.progress.LessonRecord;
import migrationtutor.course.progress.Progress;
import migrationtutor.course.progress.ProgressStore;
import migrationtutor.course.progress.StepRecord;

/**
 * {@code grade}: reads a workspace's progress and does not trust it alone. A step counts when the
 * progress file says its checks passed, its solution was not revealed, its transcript checks still
 * pass on the commands recorded in its window, and its file and revision checks still pass on the
 * workspace as it is now. Database checks describe a moment (the database moves on in later
 * lessons), so for them the progress file is taken at its word. Reads only: no lock is taken.
 */
public final class Grader {
  private final Course course;
  private final TrialCache trials = new TrialCache();

  /** A grader for {@code course}. */
  public Grader(Course course) {
    this.course = course;
  }

  /** Grades the workspace at {@code root}. */
  public GradeReport grade(Path root) {
    Progress progress;
    String notice = null;
    try {
      progress = new ProgressStore(root).load();
    } catch (IOException e) {
      progress = new Progress();
      notice = e.getMessage();
    }
    List<LessonGrade> lessons = new ArrayList<>();
    for (Lesson lesson : course.lessons()) {
      LessonRecord rec = progress.lessons.get(lesson.id());
      List<StepGrade> steps = new ArrayList<>();
      for (Step step : lesson.steps()) {
        steps.add(step(root, lesson, step, rec));
      }
      lessons.add(new LessonGrade(lesson, rec == null ? null : rec.passed, steps));
    }
    return new GradeReport(root, lessons, notice);
  }

  private StepGrade step(Path root, Lesson lesson, Step step, LessonRecord rec) {
    int i = step.number() - 1;
    StepRecord s = rec == null || i >= rec.steps.size() ? null : rec.steps.get(i);
    if (s == null) {
      return new StepGrade(step, false, null, 0, false, List.of("not done"));
    }
    List<String> problems = new ArrayList<>();
    if (s.title != null && !s.title.equals(step.title())) {
      problems.add("the lesson changed since this step was done (it was '" + s.title + "')");
    } else if (s.passed == null) {
      problems.add("not done");
    } else {
      List<Check> recheck =
          step.checks().stream().filter(c -> c.evidence() != Evidence.DATABASE).toList();
      List<Check> transcript =
          recheck.stream().filter(c -> c.evidence() == Evidence.TRANSCRIPT).toList();
      List<Check> workspace =
          recheck.stream().filter(c -> c.evidence() == Evidence.WORKSPACE).toList();
      for (CheckResult r :
          StepChecks.run(root, lesson, transcript, s.windowFrom, s.windowTo, trials)) {
        if (!r.passed()) {
          problems.add("the transcript does not show it: " + r.message());
        }
      }
      for (CheckResult r : StepChecks.run(root, lesson, workspace, 0, 0, trials)) {
        if (!r.passed()) {
          problems.add("no longer holds: " + r.message());
        }
      }
    }
    if (s.solutionRevealed) {
      problems.add("the solution was revealed");
    }
    return new StepGrade(step, problems.isEmpty(), s.passed, s.hints, s.solutionRevealed, problems);
  }
}
