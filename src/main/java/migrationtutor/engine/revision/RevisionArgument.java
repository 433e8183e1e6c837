package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A revision argument as Alembic's traversal functions receive it: one string or a tuple of ids.
 *
 * <p>The distinction matters: only a single string is parsed for relative forms ({@code -1}, {@code
 * label@+2}, {@code id-1}) and {@code label@...} narrowing, while a tuple (e.g. the current heads
 * read from the version table) is resolved element by element.
 */
public sealed interface RevisionArgument permits RevisionArgument.Single, RevisionArgument.Several {

  /**
   * One identifier or symbol; a null text stands for Python's None (same as {@code base}).
   *
   * @param text the identifier, symbol or relative form, or null
   */
  record Single(String text) implements RevisionArgument {
    @Override
    public String toPythonString() {
      return text == null ? "None" : text;
    }

    @Override
    public boolean isEmpty() {
      return text == null || text.isEmpty();
    }
  }

  /**
   * A tuple of identifiers, such as the current heads.
   *
   * @param ids the identifiers, in order (elements may be null, Python's None)
   */
  record Several(List<String> ids) implements RevisionArgument {
    public Several {
      ids = Collections.unmodifiableList(new ArrayList<>(ids));
    }

    @Override
    public String toPythonString() {
      return PythonText.tupleStr(ids);
    }

    @Override
    public boolean isEmpty() {
      return ids.isEmpty();
    }
  }

  /** A single string argument (null for None). */
  static RevisionArgument of(String text) {
    return new Single(text);
  }

  /** A tuple argument. */
  static RevisionArgument of(List<String> ids) {
    return new Several(ids);
  }

  /** The argument as Python's {@code %s} prints it (a tuple prints as {@code ('a', 'b')}). */
  String toPythonString();

  /** Python falsiness: None, the empty string or the empty tuple. */
  boolean isEmpty();
}
