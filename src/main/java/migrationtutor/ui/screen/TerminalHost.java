package migrationtutor.ui.screen;

import java.io.IOException;

/**
 * The real terminal's modes, given back to the learner's own editor and taken again after it (a
 * virtual terminal in tests has none: there the built-in editor is always used).
 */
interface TerminalHost {
  void suspend() throws IOException;

  void resume() throws IOException;
}
