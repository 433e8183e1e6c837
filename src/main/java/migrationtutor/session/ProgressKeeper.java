package migrationtutor.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import migrationtutor.course.Course;
import migrationtutor.course.Lesson;
import migrationtutor.course.Step;
import migrationtutor.course.progress.LessonRecord;
import migrationtutor.course.progress.Progress;
import migrationtutor.course.progress.ProgressStore;
import migrationtutor.course.progress.StepRecord;

/**
 * The session's progress: loaded once, changed in memory, saved (atomically, by {@link
 * ProgressStore}) after every change, so that a kill loses at most the change being made.
 */
final class ProgressKeeper {
  private final ProgressStore store;
  private final Progress progress;
  private final Clock clock;

  private ProgressKeeper(ProgressStore store, Progress progress, Clock clock) {
    this.store = store;
    this.progress = progress;
    this.clock = clock;
  }

  /**
   * The progress of the workspace at {@code root}.
   *
   * @throws IOException when the file exists and cannot be read (the message says which and why)
   */
  static ProgressKeeper open(Path root, Clock clock) throws IOException {
    ProgressStore store = new ProgressStore(root);
    store.removeLeftovers();
    return new ProgressKeeper(store, store.load(), clock);
  }

  Progress progress() {
    return progress;
  }

  /** The record of {@code lesson}, made (starting its transcript window at {@code from}). */
  LessonRecord open(Lesson lesson, int from) {
    LessonRecord r = progress.lessons.get(lesson.id());
    if (r == null) {
      r = progress.lesson(lesson.id());
      r.fingerprint = lesson.fingerprint();
      r.started = clock.instant();
      r.from = from;
    }
    for (Step s : lesson.steps()) {
      r.step(s.number() - 1, s.title());
    }
    return r;
  }

  /** The record of {@code lesson}, or null when it was never opened. */
  LessonRecord find(Lesson lesson) {
    return progress.lessons.get(lesson.id());
  }

  /**
   * Notices lessons that changed since the learner started them, and keeps each step's record under
   * the step of the same title (a step renamed or added starts afresh).
   *
   * @return one notice per changed lesson
   */
  List<String> reconcile(Course course) {
    List<String> notices = new ArrayList<>();
    for (Lesson lesson : course.lessons()) {
      LessonRecord r = progress.lessons.get(lesson.id());
      if (r == null || lesson.fingerprint().equals(r.fingerprint)) {
        continue;
      }
      List<StepRecord> old = new ArrayList<>(r.steps);
      r.steps.clear();
      int kept = 0;
      for (Step s : lesson.steps()) {
        StepRecord match =
            old.stream().filter(o -> s.title().equals(o.title)).findFirst().orElse(null);
        if (match != null) {
          old.remove(match);
          kept++;
        }
        r.steps.add(match != null ? match : new StepRecord(s.title()));
      }
      boolean allPassed = r.steps.stream().allMatch(s -> s.passed != null);
      if (!allPassed) {
        r.passed = null;
      }
      r.fingerprint = lesson.fingerprint();
      notices.add(
          "The lesson \""
              + lesson.title()
              + "\" changed since you started it; your progress is kept for the "
              + kept
              + " of its "
              + lesson.steps().size()
              + " steps that are still there.");
    }
    return notices;
  }

  /** Records that step {@code index} of {@code lesson} passed (its first pass is kept). */
  StepRecord passed(Lesson lesson, int index, int transcriptSize) {
    LessonRecord r = open(lesson, transcriptSize);
    StepRecord s = r.step(index, lesson.steps().get(index).title());
    if (s.passed == null) {
      s.passed = clock.instant();
      s.windowFrom = r.from;
      s.windowTo = transcriptSize;
    }
    if (r.passed == null && r.steps.stream().allMatch(x -> x.passed != null)) {
      r.passed = clock.instant();
    }
    return s;
  }

  /**
   * Forgets the passes of {@code lesson}'s steps from {@code index} on (a reset); hints taken and
   * solutions revealed stay recorded.
   */
  void forget(Lesson lesson, int index, Integer newFrom) {
    LessonRecord r = find(lesson);
    if (r == null) {
      return;
    }
    for (int i = index; i < r.steps.size(); i++) {
      r.steps.get(i).passed = null;
    }
    r.passed = null;
    if (newFrom != null) {
      r.from = newFrom;
    }
  }

  void where(Lesson lesson, int step) {
    progress.currentLesson = lesson.id();
    progress.currentStep = step;
  }

  java.time.Instant now() {
    return clock.instant();
  }

  /** Saves the progress; null when saved, else what went wrong, for the learner. */
  String save() {
    try {
      store.save(progress);
      return null;
    } catch (IOException | RuntimeException e) {
      return "your progress could not be saved in "
          + store.file()
          + " ("
          + e.getMessage()
          + "); check that the disk is not full and the folder is writable";
    }
  }
}
