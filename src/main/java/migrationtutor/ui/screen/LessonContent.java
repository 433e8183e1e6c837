package migrationtutor.ui.screen;

import java.util.List;

/**
 * What the lesson side of the screen shows.
 *
 * @param title the lesson's title, on the pane's border
 * @param markdown the lesson text
 * @param steps the lesson's steps, in order
 * @param position where the learner is, for the status bar ("Lesson 2/10 · step 3/5")
 */
record LessonContent(String title, String markdown, List<StepItem> steps, String position) {
  LessonContent {
    steps = List.copyOf(steps);
  }

  /**
   * One line of the step list.
   *
   * @param title the step's title
   * @param done whether its checks passed
   * @param current whether it is the step being worked on
   */
  record StepItem(String title, boolean done, boolean current) {}

  /** The screen before any lesson is loaded: how the screen works (from a bundled page). */
  static LessonContent welcome() {
    String md;
    try (var in = LessonContent.class.getResourceAsStream("welcome.md")) {
      md =
          in == null
              ? "# Migration Tutor"
              : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      md = "# Migration Tutor";
    }
    return new LessonContent("Welcome", md, List.of(), "");
  }
}
