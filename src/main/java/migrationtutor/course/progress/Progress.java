package migrationtutor.course.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.course.check.Json;

/**
 * A learner's progress through a course: where they are and, per lesson, what they did. Kept as
 * readable JSON in {@code .tutor/progress.json} by {@link ProgressStore}.
 */
public final class Progress {
  /** The version of the file's layout. */
  public static final int FORMAT = 1;

  /** The lesson the learner is in, or null before the first. */
  public String currentLesson;

  /** The step they are at in it (0-based; the file says it 1-based). */
  public int currentStep;

  /** The lessons they opened, by id. */
  public final Map<String, LessonRecord> lessons = new LinkedHashMap<>();

  /** The record of lesson {@code id}, made when missing. */
  public LessonRecord lesson(String id) {
    return lessons.computeIfAbsent(id, k -> new LessonRecord());
  }

  /** The progress as the JSON the file holds. */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", (long) FORMAT);
    Map<String, Object> current = new LinkedHashMap<>();
    current.put("lesson", currentLesson);
    current.put("step", (long) currentStep + 1);
    root.put("current", current);
    Map<String, Object> ls = new LinkedHashMap<>();
    lessons.forEach(
        (id, l) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("fingerprint", l.fingerprint);
          m.put("started", time(l.started));
          m.put("from", (long) l.from);
          m.put("passed", time(l.passed));
          m.put("prepared", time(l.prepared));
          List<Object> steps = new ArrayList<>();
          for (StepRecord s : l.steps) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("title", s.title);
            sm.put("passed", time(s.passed));
            sm.put("window", List.of((long) s.windowFrom, (long) s.windowTo));
            sm.put("hints", (long) s.hints);
            sm.put("solutionRevealed", s.solutionRevealed);
            steps.add(sm);
          }
          m.put("steps", steps);
          ls.put(id, m);
        });
    root.put("lessons", ls);
    return Json.write(root, true) + "\n";
  }

  /**
   * Reads the file's JSON.
   *
   * @throws IllegalArgumentException when it is not a progress file this tutor can read
   */
  public static Progress fromJson(String text) {
    if (!(Json.parse(text) instanceof Map<?, ?> root)) {
      throw new IllegalArgumentException("it is not a JSON object");
    }
    if (!(root.get("format") instanceof Long f) || f != FORMAT) {
      throw new IllegalArgumentException("its format is not " + FORMAT);
    }
    Progress p = new Progress();
    if (root.get("current") instanceof Map<?, ?> c) {
      p.currentLesson = c.get("lesson") instanceof String s ? s : null;
      p.currentStep = c.get("step") instanceof Long n ? Math.max(0, n.intValue() - 1) : 0;
    }
    if (root.get("lessons") instanceof Map<?, ?> ls) {
      for (Map.Entry<?, ?> e : ls.entrySet()) {
        if (e.getValue() instanceof Map<?, ?> m) {
          LessonRecord l = p.lesson(String.valueOf(e.getKey()));
          l.fingerprint = m.get("fingerprint") instanceof String s ? s : null;
          l.started = instant(m.get("started"));
          l.from = m.get("from") instanceof Long n ? n.intValue() : 0;
          l.passed = instant(m.get("passed"));
          l.prepared = instant(m.get("prepared"));
          if (m.get("steps") instanceof List<?> steps) {
            for (Object o : steps) {
              l.steps.add(step(o));
            }
          }
        }
      }
    }
    return p;
  }

  private static StepRecord step(Object o) {
    StepRecord s = new StepRecord(null);
    if (o instanceof Map<?, ?> m) {
      s.title = m.get("title") instanceof String t ? t : null;
      s.passed = instant(m.get("passed"));
      if (m.get("window") instanceof List<?> w
          && w.size() == 2
          && w.get(0) instanceof Long a
          && w.get(1) instanceof Long b) {
        s.windowFrom = a.intValue();
        s.windowTo = b.intValue();
      }
      s.hints = m.get("hints") instanceof Long n ? n.intValue() : 0;
      s.solutionRevealed = Boolean.TRUE.equals(m.get("solutionRevealed"));
    }
    return s;
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }

  private static Instant instant(Object v) {
    try {
      return v instanceof String s ? Instant.parse(s) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
