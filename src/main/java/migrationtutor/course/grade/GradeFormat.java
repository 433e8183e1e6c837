package migrationtutor.course.grade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.course.check.Json;

/** A {@link GradeReport} as text for people, JSON for tools, or JUnit XML for classroom CI. */
public final class GradeFormat {
  private GradeFormat() {}

  /** One line per lesson and per step, marks first. */
  public static String text(GradeReport r) {
    StringBuilder b = new StringBuilder();
    b.append("Grade of ").append(r.workspace()).append('\n');
    if (r.notice() != null) {
      b.append("Note: ").append(r.notice()).append('\n');
    }
    int passed = 0;
    for (LessonGrade l : r.lessons()) {
      passed += l.passed() ? 1 : 0;
      b.append(l.passed() ? "PASS " : "---- ")
          .append(l.lesson().title())
          .append(" (")
          .append(l.lesson().id())
          .append(")\n");
      for (StepGrade s : l.steps()) {
        b.append("  ").append(s.passed() ? "ok   " : "no   ").append(s.step().title());
        List<String> notes = new ArrayList<>();
        if (s.hints() > 0) {
          notes.add(s.hints() + (s.hints() == 1 ? " hint" : " hints"));
        }
        notes.addAll(s.problems());
        if (!notes.isEmpty()) {
          b.append(" - ").append(String.join("; ", notes));
        }
        b.append('\n');
      }
    }
    b.append(passed).append(" of ").append(r.lessons().size()).append(" lessons passed.\n");
    return b.toString();
  }

  /** {@code {"passed": ..., "lessons": [{"id", "title", "passed", "steps": [...]}]}}. */
  public static String json(GradeReport r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("workspace", r.workspace().toString());
    root.put("passed", r.passed());
    if (r.notice() != null) {
      root.put("notice", r.notice());
    }
    List<Object> lessons = new ArrayList<>();
    for (LessonGrade l : r.lessons()) {
      Map<String, Object> lm = new LinkedHashMap<>();
      lm.put("id", l.lesson().id());
      lm.put("title", l.lesson().title());
      lm.put("group", l.lesson().group());
      lm.put("passed", l.passed());
      lm.put("passedAt", l.passedAt() == null ? null : l.passedAt().toString());
      List<Object> steps = new ArrayList<>();
      for (StepGrade s : l.steps()) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("title", s.step().title());
        sm.put("passed", s.passed());
        sm.put("passedAt", s.passedAt() == null ? null : s.passedAt().toString());
        sm.put("hints", (long) s.hints());
        sm.put("solutionRevealed", s.solutionRevealed());
        sm.put("problems", new ArrayList<Object>(s.problems()));
        steps.add(sm);
      }
      lm.put("steps", steps);
      lessons.add(lm);
    }
    root.put("lessons", lessons);
    return Json.write(root, true) + "\n";
  }

  /** One test suite per lesson, one test case per step; a step not passed is a failure. */
  public static String junit(GradeReport r) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    int tests = 0;
    int failures = 0;
    for (LessonGrade l : r.lessons()) {
      tests += l.steps().size();
      failures += (int) l.steps().stream().filter(s -> !s.passed()).count();
    }
    b.append("<testsuites name=\"Migration Tutor\" tests=\"")
        .append(tests)
        .append("\" failures=\"")
        .append(failures)
        .append("\">\n");
    for (LessonGrade l : r.lessons()) {
      long f = l.steps().stream().filter(s -> !s.passed()).count();
      b.append("  <testsuite name=\"")
          .append(xml(l.lesson().group() + ": " + l.lesson().title()))
          .append("\" tests=\"")
          .append(l.steps().size())
          .append("\" failures=\"")
          .append(f)
          .append("\">\n");
      for (StepGrade s : l.steps()) {
        b.append("    <testcase classname=\"lessons.")
            .append(xml(l.lesson().id()))
            .append("\" name=\"")
            .append(xml(s.step().number() + ". " + s.step().title()))
            .append('"');
        if (s.passed()) {
          b.append("/>\n");
        } else {
          String why = String.join("; ", s.problems());
          b.append(">\n      <failure message=\"")
              .append(xml(why))
              .append("\">")
              .append(xml(why))
              .append("</failure>\n    </testcase>\n");
        }
      }
      b.append("  </testsuite>\n");
    }
    return b.append("</testsuites>\n").toString();
  }

  private static String xml(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
