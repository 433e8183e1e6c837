package migrationtutor.ui.screen;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What each pane showed in the last frame. Lanterna keeps the back buffer between frames, and
 * writing a cell costs about a microsecond (each becomes a grapheme-checked TextCharacter), so a
 * pane whose inputs are unchanged is not drawn again: typing redraws the shell pane alone.
 */
final class PaneCache {
  private final Map<String, Object> drawn = new HashMap<>();

  /** Whether {@code pane} must be drawn for {@code key} (and remembers it as drawn). */
  boolean needs(String pane, Object key) {
    return !Objects.equals(drawn.put(pane, key), key);
  }

  /** Everything is drawn in the next frame (after a resize, an overlay, a suspension). */
  void clear() {
    drawn.clear();
  }
}
