package migrationtutor.course;

import java.util.List;
import java.util.Map;
import migrationtutor.course.check.ExpectedSchema;

/**
 * One lesson of a course, read from its Markdown file.
 *
 * @param id the front matter's {@code id}, stable across edits (progress is kept under it)
 * @param title the front matter's {@code title}
 * @param starter the starter project the lesson's workspace is made from
 * @param order the lesson's place in the course
 * @param group the course index group it is listed under ({@code Core}, {@code Workflow})
 * @param file the file, relative to the course folder
 * @param fingerprint a digest of the file's text, so a changed lesson is noticed
 * @param intro the Markdown before the first step
 * @param steps the steps in order
 * @param schemas the expected schemas its checks refer to, by name
 */
public record Lesson(
    String id,
    String title,
    String starter,
    int order,
    String group,
    String file,
    String fingerprint,
    String intro,
    List<Step> steps,
    Map<String, ExpectedSchema> schemas) {
  public Lesson {
    steps = List.copyOf(steps);
    schemas = Map.copyOf(schemas);
  }
}
