package migrationtutor.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.course.check.Check;

/** A step while its lesson file is being read. */
final class StepDraft {
  final int number;
  final String title;
  final int line;
  final StringBuilder prose = new StringBuilder();
  final List<Check> checks = new ArrayList<>();
  final List<String> hints = new ArrayList<>();
  final List<Action> solution = new ArrayList<>();
  private final Map<String, WrongAnswer> wrong = new LinkedHashMap<>();
  int checkBlocks;
  int checkLines;
  int solutionBlocks;

  StepDraft(int number, String title, int line) {
    this.number = number;
    this.title = title;
    this.line = line;
  }

  /** Adds a wrong-answer block; blocks with the same {@code name=} make one attempt. */
  void wrong(String name, int blockLine, List<Action> actions) {
    WrongAnswer w = wrong.get(name);
    List<Action> all = new ArrayList<>(w == null ? List.of() : w.actions());
    all.addAll(actions);
    wrong.put(name, new WrongAnswer(w == null ? blockLine : w.line(), name, all));
  }

  /** Reports a step that cannot be checked or verified. */
  void finish(String file, List<Diagnostic> out) {
    if (title.isEmpty()) {
      out.add(new Diagnostic(file, line, "the step's ## heading has no title"));
    }
    if (checks.isEmpty() && checkBlocks == 0) {
      out.add(new Diagnostic(file, line, "step '" + title + "' has no check block"));
    } else if (checks.isEmpty() && checkLines == 0) {
      out.add(new Diagnostic(file, line, "step '" + title + "' has an empty check block"));
    }
    if (solutionBlocks == 0) {
      out.add(new Diagnostic(file, line, "step '" + title + "' has no solution block"));
    }
  }

  Step build() {
    return new Step(
        number,
        title,
        line,
        prose.toString().strip(),
        checks,
        hints,
        solution,
        List.copyOf(wrong.values()));
  }
}
