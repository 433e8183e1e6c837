package migrationtutor.ui.screen;

/**
 * Where each pane goes for a terminal size. Narrow terminals (under 120 columns) stack the lesson
 * (with the step list beside it) above the shell; wide ones put the lesson and steps in a left
 * column and the shell on the right. The feedback panel, when there is one, sits above the shell;
 * the editor takes the shell's place and more of the height. The status bar is the last row.
 *
 * @param lesson the lesson pane
 * @param steps the step list
 * @param feedback the check/feedback panel (empty when hidden)
 * @param work the shell pane, or the editor when it is open
 * @param status the status bar
 */
record Layout(Rect lesson, Rect steps, Rect feedback, Rect work, Rect status) {
  static final int MIN_COLUMNS = 80;
  static final int MIN_ROWS = 24;
  static final int WIDE = 120;

  static boolean tooSmall(int cols, int rows) {
    return cols < MIN_COLUMNS || rows < MIN_ROWS;
  }

  /**
   * @param feedbackLines the feedback panel's text lines (0 when there is none)
   * @param editing whether the editor is open
   */
  static Layout of(int cols, int rows, int feedbackLines, boolean editing) {
    Rect status = new Rect(0, rows - 1, cols, 1);
    int body = rows - 1;
    if (cols >= WIDE) {
      int left = Math.max(44, cols * (editing ? 34 : 48) / 100);
      int stepsHeight = Math.min(12, Math.max(6, body / 4));
      Rect lesson = new Rect(0, 0, left, body - stepsHeight);
      Rect steps = new Rect(0, body - stepsHeight, left, stepsHeight);
      int fb = feedbackHeight(feedbackLines, body / 3);
      return new Layout(
          lesson,
          steps,
          new Rect(left, 0, cols - left, fb),
          new Rect(left, fb, cols - left, body - fb),
          status);
    }
    int top = editing ? Math.max(7, body / 3) : Math.max(9, body * 2 / 5);
    int stepsWidth = Math.min(40, Math.max(26, cols * 3 / 10));
    Rect lesson = new Rect(0, 0, cols - stepsWidth, top);
    Rect steps = new Rect(cols - stepsWidth, 0, stepsWidth, top);
    int fb = feedbackHeight(feedbackLines, (body - top) * 2 / 5);
    return new Layout(
        lesson,
        steps,
        new Rect(0, top, cols, fb),
        new Rect(0, top + fb, cols, body - top - fb),
        status);
  }

  private static int feedbackHeight(int lines, int max) {
    return lines <= 0 ? 0 : Math.min(lines + 2, Math.max(3, max));
  }
}
