package migrationtutor.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lessons of a course in order (by their {@code order}), and the index that groups them. Groups
 * come in the order of their first lesson.
 */
public final class Course {
  private final List<Lesson> lessons;
  private final List<CourseGroup> groups;

  /** A course of {@code lessons}, which are put in order. */
  public Course(List<Lesson> lessons) {
    List<Lesson> sorted = new ArrayList<>(lessons);
    sorted.sort((a, b) -> Integer.compare(a.order(), b.order()));
    this.lessons = List.copyOf(sorted);
    Map<String, List<Lesson>> byGroup = new LinkedHashMap<>();
    for (Lesson l : this.lessons) {
      byGroup.computeIfAbsent(l.group(), g -> new ArrayList<>()).add(l);
    }
    List<CourseGroup> g = new ArrayList<>();
    byGroup.forEach((title, ls) -> g.add(new CourseGroup(title, ls)));
    this.groups = List.copyOf(g);
  }

  /** Every lesson, in course order. */
  public List<Lesson> lessons() {
    return lessons;
  }

  /** The index: groups with their lessons. */
  public List<CourseGroup> groups() {
    return groups;
  }

  /** The lesson with this id. */
  public Optional<Lesson> lesson(String id) {
    return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** The 0-based position of a lesson in the course, or -1. */
  public int indexOf(Lesson lesson) {
    return lesson == null ? -1 : lessons.indexOf(lesson);
  }

  /**
   * A lesson as the learner names it: its number in the course (1-based), its id, or the start of
   * its id when only one lesson's id starts so.
   */
  public Optional<Lesson> find(String name) {
    String n = name.strip();
    if (n.matches("[0-9]{1,4}")) {
      int i = Integer.parseInt(n) - 1;
      return i >= 0 && i < lessons.size() ? Optional.of(lessons.get(i)) : Optional.empty();
    }
    Optional<Lesson> exact = lesson(n);
    if (exact.isPresent()) {
      return exact;
    }
    List<Lesson> prefixed = lessons.stream().filter(l -> l.id().startsWith(n)).toList();
    return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
  }
}
