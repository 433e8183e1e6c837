package migrationtutor.sandbox.workspace;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a command may change, so that undo can put it back: paths relative to the workspace root
 * (files or whole folders, existing or not), or the whole workspace.
 *
 * @param paths workspace-relative paths with {@code /} separators
 * @param everything whether the command may change anything (then {@code paths} is ignored)
 */
public record Footprint(Set<String> paths, boolean everything) {
  /** A command that changes nothing. */
  public static final Footprint NONE = new Footprint(Set.of(), false);

  /** The whole workspace (except the tutor's own folder). */
  public static final Footprint EVERYTHING = new Footprint(Set.of(), true);

  public Footprint {
    paths = Set.copyOf(new TreeSet<>(paths));
  }

  /** A footprint of the given workspace-relative paths. */
  public static Footprint of(Set<String> paths) {
    return new Footprint(paths, false);
  }

  /** Whether the command changes nothing. */
  public boolean isEmpty() {
    return !everything && paths.isEmpty();
  }

  /** Both footprints together. */
  public Footprint union(Footprint other) {
    if (everything || other.everything) {
      return EVERYTHING;
    }
    Set<String> all = new TreeSet<>(paths);
    all.addAll(other.paths);
    return of(all);
  }
}
