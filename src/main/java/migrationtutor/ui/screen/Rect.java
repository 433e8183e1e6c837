package migrationtutor.ui.screen;

/** A rectangle of screen cells: column, row, width, height. */
record Rect(int col, int row, int width, int height) {
  Rect {
    width = Math.max(0, width);
    height = Math.max(0, height);
  }

  int bottom() {
    return row + height;
  }

  int right() {
    return col + width;
  }

  /** The inside of a box drawn on this rectangle's border. */
  Rect inner() {
    return new Rect(col + 1, row + 1, width - 2, height - 2);
  }

  boolean isEmpty() {
    return width == 0 || height == 0;
  }
}
