package migrationtutor.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import migrationtutor.sandbox.workspace.Workspace;

/**
 * The state a lesson's step starts from: a fresh workspace of the lesson's starter with the
 * solutions of the earlier lessons (on the same starter) and of the step's earlier steps played in
 * order. Lesson preparation and {@code reset} put it into the learner's workspace as one change
 * that {@code undo} can take back.
 */
public final class Replay {
  private Replay() {}

  /**
   * Builds the state before step {@code stepIndex} (0-based) of {@code lesson}.
   *
   * @throws IOException when a solution does not play (the message names it)
   */
  public static Sandbox before(Course course, Lesson lesson, int stepIndex) throws IOException {
    Sandbox s = Sandbox.fresh(lesson.starter());
    try {
      for (Lesson earlier : course.lessons()) {
        if (earlier == lesson) {
          break;
        }
        if (earlier.starter().equals(lesson.starter())) {
          for (Step step : earlier.steps()) {
            play(s, earlier, step);
          }
        }
      }
      for (Step step : lesson.steps().subList(0, stepIndex)) {
        play(s, lesson, step);
      }
      return s;
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  private static void play(Sandbox s, Lesson lesson, Step step) throws IOException {
    for (Action a : step.solution()) {
      String problem = s.apply(a);
      if (problem != null) {
        throw new IOException(
            "the solution of "
                + lesson.file()
                + ", step '"
                + step.title()
                + "', does not play: "
                + problem);
      }
    }
  }

  /**
   * Replaces the learner's project with {@code state}'s (the tutor's {@code .tutor} folder stays),
   * as one undoable change labelled {@code label}, safely against a kill ({@link ProjectSwap}).
   * When {@code state} was made from another starter project, the workspace records that it now
   * holds that one.
   */
  public static void install(Sandbox state, Workspace workspace, String label) throws IOException {
    ProjectSwap.install(state.root(), workspace, label);
    workspace.switchProject(state.workspace().project());
  }

  /**
   * Whether the learner's project is exactly the fresh starter's (nothing to lose by replacing it).
   */
  public static boolean untouched(Workspace workspace, String starter) {
    try (Sandbox fresh = Sandbox.fresh(starter)) {
      return sameFiles(fresh.root(), workspace.root());
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean sameFiles(Path a, Path b) throws IOException {
    List<Path> left = files(a);
    List<Path> right = files(b);
    if (!left.stream()
        .map(a::relativize)
        .toList()
        .equals(right.stream().map(b::relativize).toList())) {
      return false;
    }
    for (int i = 0; i < left.size(); i++) {
      if (Files.mismatch(left.get(i), right.get(i)) != -1) {
        return false;
      }
    }
    return true;
  }

  private static List<Path> files(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !root.relativize(p).startsWith(".tutor"))
          .sorted()
          .toList();
    }
  }
}
