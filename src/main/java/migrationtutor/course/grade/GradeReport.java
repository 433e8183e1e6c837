package migrationtutor.course.grade;

import java.nio.file.Path;
import java.util.List;

/**
 * A workspace's grade.
 *
 * @param workspace the workspace graded
 * @param lessons every lesson of the course, in course order
 * @param notice something the grader could not use (an unreadable progress file), or null
 */
public record GradeReport(Path workspace, List<LessonGrade> lessons, String notice) {
  public GradeReport {
    lessons = List.copyOf(lessons);
  }

  /** Whether every lesson passed. */
  public boolean passed() {
    return !lessons.isEmpty() && lessons.stream().allMatch(LessonGrade::passed);
  }
}
