package migrationtutor.session;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import migrationtutor.course.Lesson;
import migrationtutor.course.Step;
import migrationtutor.course.progress.LessonRecord;
import migrationtutor.course.progress.StepRecord;
import migrationtutor.sandbox.shell.ShellIO;

/** The tutor's own commands: what each does to the session and what it reports. */
final class TutorCommands {
  private final TutorSession session;

  TutorCommands(TutorSession session) {
    this.session = session;
  }

  /** Runs {@code c}; returns its status (0, or 1 when it could not be done). */
  int run(SessionCommand c, ShellIO io, List<SessionEvent> out) {
    List<String> a = c.args();
    switch (c.name()) {
      case "help" -> {
        out.add(new SessionEvent.Info(SessionText.help() + "\n" + shellHelp(io)));
        return 0;
      }
      case "lessons" -> {
        out.add(
            new SessionEvent.Info(
                SessionText.lessons(session.course(), session.nav().lesson(), session::status)));
        return 0;
      }
      case "lesson" -> {
        return a.isEmpty()
            ? session.nav().showLesson(out)
            : session.nav().goTo(String.join(" ", a), out);
      }
      case "next" -> {
        return session.nav().next(out);
      }
      case "back" -> {
        return session.nav().back(out);
      }
      case "step" -> {
        out.add(session.nav().stepShown());
        return 0;
      }
      case "hint" -> {
        return hint(out);
      }
      case "check" -> {
        session.check(out, true);
        return 0;
      }
      case "explain" -> {
        out.add(new SessionEvent.Info(SessionText.explain(session.nav().step())));
        return 0;
      }
      case "solution" -> {
        return solution(out);
      }
      case "reset" -> {
        return session.nav().reset(a, out);
      }
      default -> throw new IllegalStateException(c.name());
    }
  }

  private String shellHelp(ShellIO io) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    session
        .shell()
        .run(
            "help",
            new ShellIO(
                p, p, io.in(), io.interactive(), io.terminalOutput(), io.width(), io.editor()));
    return "Shell commands:\n" + bytes.toString(StandardCharsets.UTF_8);
  }

  private int hint(List<SessionEvent> out) {
    Step step = session.nav().step();
    if (step.hints().isEmpty()) {
      out.add(
          new SessionEvent.Info(
              "This step has no hints. Type explain to see what it checks, or solution."));
      return 0;
    }
    LessonRecord r = session.keeper().open(session.nav().lesson(), session.transcriptSize());
    StepRecord s = r.step(session.nav().stepIndex(), step.title());
    if (s.hints >= step.hints().size()) {
      out.add(
          new SessionEvent.Info(
              "That was the last hint ("
                  + step.hints().size()
                  + " of "
                  + step.hints().size()
                  + "). Type solution to see the solution."));
      int n = step.hints().size();
      out.add(new SessionEvent.HintShown(step, n, n, step.hints().get(n - 1)));
      return 0;
    }
    s.hints++;
    out.add(
        new SessionEvent.HintShown(
            step, s.hints, step.hints().size(), step.hints().get(s.hints - 1)));
    return 0;
  }

  private int solution(List<SessionEvent> out) {
    Step step = session.nav().step();
    Lesson lesson = session.nav().lesson();
    int index = session.nav().stepIndex();
    session.ask(
        out,
        "Show the solution of this step? It is recorded, and the step will not count as solved by"
            + " you.",
        () -> {
          StepRecord s =
              session.keeper().open(lesson, session.transcriptSize()).step(index, step.title());
          s.solutionRevealed = true;
          return List.of(new SessionEvent.SolutionShown(step, step.solution()));
        },
        () -> List.of(new SessionEvent.Info("The solution stays hidden.")));
    return 0;
  }
}
