package migrationtutor.ui.screen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the lesson side of the screen shows: a snapshot taken on the thread that talked to the
 * session, so the screen's thread never waits for the session while a command runs.
 *
 * @param title the lesson's title, on the pane's border
 * @param markdown the lesson text: its introduction, then the current step
 * @param anchor the heading the pane scrolls to when it changes (the current step's), or ""
 * @param steps the lesson's steps, in order
 * @param position where the learner is, for the status bar ("Lesson 2/10 · step 3/5")
 * @param lessons the course's lessons, for the lesson menu
 */
record LessonContent(
    String title,
    String markdown,
    String anchor,
    List<StepItem> steps,
    String position,
    List<LessonItem> lessons) {
  LessonContent {
    steps = List.copyOf(steps);
    lessons = List.copyOf(lessons);
  }

  /**
   * One line of the step list.
   *
   * @param title the step's title
   * @param done whether its checks passed
   * @param current whether it is the step being worked on
   */
  record StepItem(String title, boolean done, boolean current) {}

  /**
   * One line of the lesson menu.
   *
   * @param number the lesson's 1-based number ({@code lesson N} opens it)
   * @param group the course group it is listed under
   * @param title its title
   * @param status how far the learner got ("passed", "2 of 5 steps", "")
   * @param current whether it is the open lesson
   */
  record LessonItem(int number, String group, String title, String status, boolean current) {}

  /** The screen without lessons: how the screen works (from a bundled page). */
  static LessonContent welcome() {
    String md;
    try (InputStream in = LessonContent.class.getResourceAsStream("welcome.md")) {
      md = in == null ? "# Migration Tutor" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      md = "# Migration Tutor";
    }
    return new LessonContent("Welcome", md, "", List.of(), "", List.of());
  }
}
