package migrationtutor.ui.screen;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.course.Course;
import migrationtutor.course.CourseGroup;
import migrationtutor.course.Lesson;
import migrationtutor.course.Step;
import migrationtutor.sandbox.shell.ShellIO;
import migrationtutor.session.SessionEvent;
import migrationtutor.session.TutorSession;
import migrationtutor.session.WorkspaceWatcher;

/**
 * The screen's side of the learner's {@link TutorSession}. The session is called only on the
 * command's thread (or the file watcher's): each call returns a {@link Result} with the events and
 * a snapshot of the lesson, which the screen's thread then shows with {@link EventView}.
 */
final class SessionBridge implements AutoCloseable {
  /**
   * What one call gave.
   *
   * @param events what the session said
   * @param status the exit status of the line
   * @param quit whether the learner asked to leave
   * @param content the lesson side after the call
   * @param question the question the next line answers, or null
   */
  record Result(
      List<SessionEvent> events,
      int status,
      boolean quit,
      LessonContent content,
      String question) {}

  private final TutorSession session;
  private WorkspaceWatcher watcher;

  SessionBridge(TutorSession session) {
    this.session = session;
  }

  /** Starts or resumes the session (on the command's thread). */
  Result start() {
    return result(session.start(), 0, false);
  }

  /** One line the learner entered (on the command's thread). */
  Result submit(String line, ShellIO io) {
    TutorSession.Reply r = session.submit(line, io);
    return result(r.events(), r.status(), r.quit());
  }

  /**
   * Checks the step when files change outside the tutor (the learner's own editor); {@code
   * onEvents} gets the results on the watcher's thread.
   */
  void watch(java.util.function.Consumer<Result> onEvents) {
    watcher =
        WorkspaceWatcher.start(
            session.shell().workspace().root(),
            () -> {
              List<SessionEvent> events = session.recheck();
              if (!events.isEmpty()) {
                onEvents.accept(result(events, 0, false));
              }
            });
  }

  private Result result(List<SessionEvent> events, int status, boolean quit) {
    String question = session.pendingQuestion().map(q -> q.message()).orElse(null);
    return new Result(events, status, quit, content(), question);
  }

  /** The lesson side as it is now. */
  LessonContent content() {
    TutorSession.Position p = session.position();
    Course course = session.course();
    Lesson lesson = p.lesson();
    List<Boolean> passed = session.stepsPassed(lesson);
    List<LessonContent.StepItem> steps = new ArrayList<>();
    for (int i = 0; i < lesson.steps().size(); i++) {
      Step s = lesson.steps().get(i);
      steps.add(new LessonContent.StepItem(s.title(), passed.get(i), s == p.step()));
    }
    int total = course.lessons().size();
    Step step = p.step();
    String heading = "Step " + step.number() + " of " + lesson.steps().size() + ": " + step.title();
    String markdown =
        "# "
            + lesson.title()
            + "\n\n"
            + lesson.intro()
            + "\n\n## "
            + heading
            + (passed.get(step.number() - 1) ? " (done)" : "")
            + "\n\n"
            + step.prose()
            + "\n";
    List<LessonContent.LessonItem> lessons = new ArrayList<>();
    for (CourseGroup g : course.groups()) {
      for (Lesson l : g.lessons()) {
        lessons.add(
            new LessonContent.LessonItem(
                course.indexOf(l) + 1, g.title(), l.title(), session.status(l), l == lesson));
      }
    }
    return new LessonContent(
        "Lesson " + p.lessonNumber() + " of " + total + ": " + lesson.title(),
        markdown,
        heading,
        steps,
        "Lesson "
            + p.lessonNumber()
            + "/"
            + total
            + " · step "
            + step.number()
            + "/"
            + lesson.steps().size(),
        lessons);
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
  }
}
