package migrationtutor.course;

import java.util.List;

/**
 * An attempt at a step that must fail its checks (a known mistake), used by {@code verify}.
 *
 * @param line where its first block starts
 * @param name its {@code name=} label, or the line number when it has none
 * @param actions what the attempt does, in place of the step's solution
 */
public record WrongAnswer(int line, String name, List<Action> actions) {
  public WrongAnswer {
    actions = List.copyOf(actions);
  }
}
