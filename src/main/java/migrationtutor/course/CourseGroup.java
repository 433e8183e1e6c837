package migrationtutor.course;

import java.util.List;

/**
 * A heading of the course index ({@code Core}, later {@code Workflow}) and its lessons in order. A
 * group exists because lessons name it: adding a group is adding lessons.
 */
public record CourseGroup(String title, List<Lesson> lessons) {
  public CourseGroup {
    lessons = List.copyOf(lessons);
  }
}
