package migrationtutor.session;

import java.util.List;
import java.util.Optional;
import migrationtutor.course.Course;
import migrationtutor.course.Lesson;
import migrationtutor.course.Step;
import migrationtutor.course.progress.LessonRecord;

/**
 * The session's place in the course and the commands that move it: {@code lesson}, {@code next},
 * {@code back}, {@code reset}, and moving on when a step passes. Opening a lesson whose earlier
 * lessons were not done first prepares the workspace (asking when that replaces work).
 */
final class Navigator {
  private final TutorSession session;
  private final Course course;
  private int lesson;
  private int step;

  Navigator(TutorSession session) {
    this.session = session;
    this.course = session.course();
  }

  Lesson lesson() {
    return course.lessons().get(lesson);
  }

  Step step() {
    return lesson().steps().get(step);
  }

  int stepIndex() {
    return step;
  }

  SessionEvent stepShown() {
    LessonRecord r = session.keeper().find(lesson());
    boolean passed = r != null && step < r.steps.size() && r.steps.get(step).passed != null;
    return new SessionEvent.StepShown(lesson(), step(), passed);
  }

  /** Back where the progress file says the learner was (or at the first lesson). */
  void resume(List<SessionEvent> out) {
    String id = session.keeper().progress().currentLesson;
    Optional<Lesson> l = id == null ? Optional.empty() : course.lesson(id);
    if (l.isEmpty()) {
      if (id != null) {
        out.add(
            new SessionEvent.Info(
                "The lesson you were in (" + id + ") is no longer in the course."));
      }
      open(0, out);
      return;
    }
    int s = session.keeper().progress().currentStep;
    enter(course.indexOf(l.get()), Math.max(0, Math.min(s, l.get().steps().size() - 1)), out);
  }

  int showLesson(List<SessionEvent> out) {
    enter(lesson, step, out);
    return 0;
  }

  int goTo(String name, List<SessionEvent> out) {
    Optional<Lesson> l = course.find(name);
    if (l.isEmpty()) {
      out.add(
          new SessionEvent.Problem(
              "there is no lesson '"
                  + name
                  + "'; give its number (1 to "
                  + course.lessons().size()
                  + ") or its id. Type lessons for the list."));
      return 1;
    }
    int i = course.indexOf(l.get());
    if (i == lesson) {
      return showLesson(out);
    }
    open(i, out);
    return 0;
  }

  int next(List<SessionEvent> out) {
    if (step + 1 < lesson().steps().size()) {
      step++;
      session.keeper().where(lesson(), step);
      out.add(stepShown());
    } else if (lesson + 1 < course.lessons().size()) {
      open(lesson + 1, out);
    } else {
      out.add(new SessionEvent.Info("This is the last step of the course."));
    }
    return 0;
  }

  int back(List<SessionEvent> out) {
    if (step > 0) {
      step--;
      session.keeper().where(lesson(), step);
      out.add(stepShown());
    } else if (lesson > 0) {
      enter(lesson - 1, course.lessons().get(lesson - 1).steps().size() - 1, out);
    } else {
      out.add(new SessionEvent.Info("This is the first step of the course."));
    }
    return 0;
  }

  /** After the current step passed: the next step, or the next lesson, or the end. */
  void afterPass(List<SessionEvent> out) {
    if (step + 1 < lesson().steps().size()) {
      step++;
      session.keeper().where(lesson(), step);
      out.add(stepShown());
      return;
    }
    out.add(new SessionEvent.LessonPassed(lesson()));
    if (lesson + 1 < course.lessons().size()) {
      open(lesson + 1, out);
    } else {
      out.add(new SessionEvent.CourseFinished(course.lessons().size()));
    }
  }

  /**
   * Opens lesson {@code index}, preparing the workspace first when earlier work is missing or the
   * lesson is written for another starter project than the one in the workspace.
   */
  void open(int index, List<SessionEvent> out) {
    Lesson target = course.lessons().get(index);
    List<Lesson> missing = session.preparer().missingBefore(target, session.keeper().progress());
    String other = session.preparer().otherStarter(target);
    if (missing.isEmpty() && other == null) {
      enter(index, firstOpenStep(target), out);
      return;
    }
    String n = String.valueOf(index + 1);
    if (session.preparer().untouched()) {
      prepare(index, missing, other, out);
      return;
    }
    String question;
    String declined;
    if (other == null) {
      String which = session.preparer().numbers(missing);
      question =
          "Lesson "
              + n
              + " starts from the work of lesson"
              + (missing.size() == 1 ? " " : "s ")
              + which
              + ", which you have not done. Replay their solutions in your workspace? This"
              + " replaces your project files (undo takes it back).";
      declined =
          "Your files stay as they are; lesson " + n + " may need the work of " + which + ".";
    } else {
      question =
          "Lesson "
              + n
              + " uses the "
              + other
              + " project, and your workspace holds "
              + session.preparer().currentStarter()
              + ". Replace your project files with "
              + other
              + (missing.isEmpty()
                  ? ""
                  : " and the work of lesson"
                      + (missing.size() == 1 ? " " : "s ")
                      + session.preparer().numbers(missing))
              + "? undo takes it back.";
      declined =
          "Your files stay as they are; lesson " + n + " is written for the " + other + " project.";
    }
    session.ask(
        out,
        question,
        () -> {
          List<SessionEvent> o = new java.util.ArrayList<>();
          prepare(index, missing, other, o);
          return o;
        },
        () -> {
          List<SessionEvent> o = new java.util.ArrayList<>();
          o.add(new SessionEvent.Info(declined));
          enter(index, firstOpenStep(target), o);
          return o;
        });
  }

  private void prepare(int index, List<Lesson> missing, String other, List<SessionEvent> out) {
    Lesson target = course.lessons().get(index);
    String problem = session.preparer().install(target, 0, "prepare lesson " + (index + 1));
    if (problem != null) {
      out.add(new SessionEvent.Problem(problem));
    } else {
      for (Lesson l : missing) {
        session.keeper().open(l, session.transcriptSize()).prepared = session.keeper().now();
      }
      String work =
          missing.isEmpty()
              ? ""
              : "the work of lesson"
                  + (missing.size() == 1 ? " " : "s ")
                  + session.preparer().numbers(missing)
                  + " (their solutions, replayed)";
      String project = other == null ? "" : "the " + other + " project";
      out.add(
          new SessionEvent.Info(
              "Your workspace now holds "
                  + project
                  + (!project.isEmpty() && !work.isEmpty() ? " with " : "")
                  + work
                  + ". Type undo to take that back."));
    }
    enter(index, firstOpenStep(target), out);
  }

  private int firstOpenStep(Lesson l) {
    LessonRecord r = session.keeper().find(l);
    if (r == null) {
      return 0;
    }
    for (int i = 0; i < l.steps().size(); i++) {
      if (i >= r.steps.size() || r.steps.get(i).passed == null) {
        return i;
      }
    }
    return 0;
  }

  private void enter(int index, int stepIndex, List<SessionEvent> out) {
    lesson = index;
    step = stepIndex;
    LessonRecord r = session.keeper().open(lesson(), session.transcriptSize());
    session.keeper().where(lesson(), step);
    out.add(
        new SessionEvent.LessonShown(
            lesson(), index + 1, course.lessons().size(), r.passed != null));
    out.add(stepShown());
  }

  int reset(List<String> args, List<SessionEvent> out) {
    String what = String.join(" ", args);
    Lesson l = lesson();
    int s = step;
    switch (what) {
      case "" ->
          session.ask(
              out,
              "Put your project back as it was when this step started (the earlier steps'"
                  + " solutions replayed)? undo takes it back.",
              () -> {
                List<SessionEvent> o = new java.util.ArrayList<>();
                if (done(
                    session.preparer().install(l, s, "reset step"), o, "This step starts again.")) {
                  session.keeper().forget(l, s, null);
                }
                o.add(stepShown());
                return o;
              },
              () -> List.of(new SessionEvent.Info("Nothing was reset.")));
      case "lesson" ->
          session.ask(
              out,
              "Start this lesson again from the state it starts from? Its steps are no longer"
                  + " passed (hints and solutions you saw stay recorded). undo takes the files back.",
              () -> {
                List<SessionEvent> o = new java.util.ArrayList<>();
                if (done(
                    session.preparer().install(l, 0, "reset lesson"),
                    o,
                    "The lesson starts again.")) {
                  session.keeper().forget(l, 0, session.transcriptSize());
                }
                enter(course.indexOf(l), 0, o);
                return o;
              },
              () -> List.of(new SessionEvent.Info("Nothing was reset.")));
      case "--all" ->
          session.ask(
              out,
              "Start the whole course again with a fresh project? All lessons are no longer passed"
                  + " (hints and solutions you saw stay recorded). undo takes the files back.",
              () -> {
                List<SessionEvent> o = new java.util.ArrayList<>();
                Lesson first = course.lessons().get(0);
                if (!done(
                    session.preparer().installFresh(first.starter(), "reset --all"),
                    o,
                    "The course starts again.")) {
                  return o;
                }
                int size = session.transcriptSize();
                for (Lesson each : course.lessons()) {
                  session.keeper().forget(each, 0, size);
                  LessonRecord r = session.keeper().find(each);
                  if (r != null) {
                    r.prepared = null;
                  }
                }
                enter(0, 0, o);
                return o;
              },
              () -> List.of(new SessionEvent.Info("Nothing was reset.")));
      default -> {
        out.add(
            new SessionEvent.Problem(
                "reset takes nothing (this step), 'lesson' or '--all', not '" + what + "'"));
        return 1;
      }
    }
    return 0;
  }

  /** Reports how an install went; true when it worked. */
  private static boolean done(String problem, List<SessionEvent> out, String ok) {
    out.add(problem == null ? new SessionEvent.Info(ok) : new SessionEvent.Problem(problem));
    return problem == null;
  }
}
