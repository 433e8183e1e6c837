package migrationtutor.course.grade;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import migrationtutor.course.Course;
import migrationtutor.course.Lesson;
import migrationtutor.course.Step;
import migrationtutor.course.StepChecks;
import migrationtutor.course.check.Check;
import migrationtutor.course.check.CheckResult;
import migrationtutor.course.check.Evidence;
import migrationtutor.course.check.TranscriptLog;
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
 * lessons), so for them the progress file is taken at its word; so it is for the file and revision
 * checks of lessons on another starter project than the one the workspace holds now, and for their
 * transcript checks of steps done with {@code make} (the Makefile that said what a target runs went
 * with the project). Reads only: no lock is taken.
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
    String current = currentStarter(root);
    List<LessonGrade> lessons = new ArrayList<>();
    for (Lesson lesson : course.lessons()) {
      LessonRecord rec = progress.lessons.get(lesson.id());
      // A lesson on another starter project than the one the workspace holds now: its project
      // was replaced, so its file and revision checks are believed, like database checks.
      boolean here = current == null || current.equals(lesson.starter());
      List<StepGrade> steps = new ArrayList<>();
      for (Step step : lesson.steps()) {
        steps.add(step(root, lesson, step, rec, here));
      }
      lessons.add(new LessonGrade(lesson, rec == null ? null : rec.passed, steps));
    }
    return new GradeReport(root, lessons, notice);
  }

  /** The starter project the workspace holds now (its workspace.properties), or null. */
  private static String currentStarter(Path root) {
    Path file = root.resolve(".tutor").resolve("workspace.properties");
    if (!Files.exists(file)) {
      return null;
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      return null;
    }
    return p.getProperty("starter");
  }

  private StepGrade step(Path root, Lesson lesson, Step step, LessonRecord rec, boolean here) {
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
          here || !ranMake(root, s)
              ? recheck.stream().filter(c -> c.evidence() == Evidence.TRANSCRIPT).toList()
              : List.<Check>of();
      List<Check> workspace =
          here
              ? recheck.stream().filter(c -> c.evidence() == Evidence.WORKSPACE).toList()
              : List.<Check>of();
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

  /**
   * Whether the step's commands include {@code make}: what a target ran is read from the project's
   * Makefile, which a later starter project has replaced.
   */
  private static boolean ranMake(Path root, StepRecord s) {
    return TranscriptLog.read(root, s.windowFrom, s.windowTo).stream()
        .anyMatch(r -> MAKE.matcher(r.command()).find());
  }

  private static final Pattern MAKE = Pattern.compile("(^|[;&\\s])make(\\s|$)");
}
