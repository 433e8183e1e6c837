package migrationtutor.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import migrationtutor.course.Course;
import migrationtutor.course.Lesson;
import migrationtutor.course.Replay;
import migrationtutor.course.Sandbox;
import migrationtutor.course.progress.LessonRecord;
import migrationtutor.course.progress.Progress;
import migrationtutor.sandbox.workspace.Workspace;

/**
 * Puts the learner's workspace into the state a lesson (or a step) starts from, by replaying the
 * course's solutions in a scratch sandbox and installing the result as one change {@code undo} can
 * take back.
 */
final class LessonPreparer {
  private final Course course;
  private final Workspace workspace;

  LessonPreparer(Course course, Workspace workspace) {
    this.course = course;
    this.workspace = workspace;
  }

  /**
   * The earlier lessons (on the same starter) that were neither passed nor prepared: the workspace
   * lacks their work, so {@code lesson} needs preparing. Empty when it does not.
   */
  List<Lesson> missingBefore(Lesson lesson, Progress progress) {
    List<Lesson> out = new ArrayList<>();
    for (Lesson earlier : course.lessons()) {
      if (earlier == lesson) {
        break;
      }
      LessonRecord r = progress.lessons.get(earlier.id());
      if (earlier.starter().equals(lesson.starter())
          && (r == null || r.passed == null && r.prepared == null)) {
        out.add(earlier);
      }
    }
    return out;
  }

  /**
   * Whether the project is still the fresh starter it was made from (preparing it loses nothing).
   */
  boolean untouched() {
    return Replay.untouched(workspace, workspace.project());
  }

  /**
   * The starter project {@code lesson} is written for when the workspace holds another one (the
   * lesson then needs preparing), else null.
   */
  String otherStarter(Lesson lesson) {
    return lesson.starter().equals(workspace.project()) ? null : lesson.starter();
  }

  /** The starter project the workspace holds now. */
  String currentStarter() {
    return workspace.project();
  }

  /**
   * Installs the state before step {@code step} (0-based) of {@code lesson}.
   *
   * @return null when done, else why not (the workspace is then unchanged)
   */
  String install(Lesson lesson, int step, String label) {
    try (Sandbox state = Replay.before(course, lesson, step)) {
      Replay.install(state, workspace, label);
      return null;
    } catch (IOException | RuntimeException e) {
      return "the workspace could not be prepared: " + e.getMessage();
    }
  }

  /** Installs a fresh starter project ({@code reset --all}). */
  String installFresh(String starter, String label) {
    try (Sandbox state = Sandbox.fresh(starter)) {
      Replay.install(state, workspace, label);
      return null;
    } catch (IOException | RuntimeException e) {
      return "the workspace could not be reset: " + e.getMessage();
    }
  }

  /** A list of lessons as "1, 2 and 4" (their course numbers). */
  String numbers(List<Lesson> lessons) {
    List<String> n = lessons.stream().map(l -> String.valueOf(course.indexOf(l) + 1)).toList();
    if (n.size() == 1) {
      return n.get(0);
    }
    return String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
  }
}
