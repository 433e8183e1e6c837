package migrationtutor.engine.script;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.revision.MissingRevisionException;
import migrationtutor.engine.revision.RevisionException;
import migrationtutor.engine.revision.RevisionMap;

/**
 * Provides operations upon an Alembic script directory: its settings, its revision files and the
 * revision graph they form.
 *
 * <p>Revision files are read lazily, once, in directory order ({@code os.listdir} order in Alembic,
 * which decides the order of heads and branches where nothing else does).
 */
public final class ScriptDirectory {
  // script/base.py _only_source_rev_file: any *.py except editor backups (.#x) and __init__.
  private static final Pattern REVISION_FILE = Pattern.compile("(?!\\.#|__init__)(.*\\.py)");

  private final ScriptSettings settings;
  private final ScriptLoader loader;
  private final Consumer<String> warnings;
  private Map<String, Script> scripts;
  private List<Script> orderedScripts = List.of();
  private RevisionMap map;
  private RevisionException mapFailure;

  /** Loads one revision file into a Script (evaluating its module's top level). */
  @FunctionalInterface
  public interface ScriptLoader {
    /** Returns null for a file that is not a revision (Alembic skips such files). */
    Script load(Path file);

    /** Called once every file of the directory has been loaded. */
    default void loaded() {}
  }

  public ScriptDirectory(ScriptSettings settings, ScriptLoader loader, Consumer<String> warnings) {
    this.settings = settings;
    this.loader = loader;
    this.warnings = warnings;
  }

  /** The settings this directory was created from. */
  public ScriptSettings settings() {
    return settings;
  }

  /** The script directory, absolute. */
  public Path dir() {
    return settings.dir();
  }

  /** The env.py of this directory. */
  public Path envPy() {
    return settings.dir().resolve("env.py");
  }

  /**
   * The revision graph, built on first use.
   *
   * @throws RevisionException when the files do not form a valid graph (the caller decides whether
   *     that is a FAILED message or a traceback, as each Alembic command differs)
   */
  public RevisionMap revisionMap() {
    if (mapFailure != null) {
      throw mapFailure;
    }
    if (map == null) {
      List<migrationtutor.engine.revision.Revision> revisions = new ArrayList<>();
      for (Script s : scriptsInOrder()) {
        revisions.add(s.revision());
      }
      try {
        map = RevisionMap.of(revisions, warnings);
      } catch (MissingRevisionException e) {
        if (!e.dependency()) {
          warnings.accept(
              "Revision "
                  + e.missingId()
                  + " referenced from "
                  + describe(script(e.referencedFrom()), e.referencingNextRevisions())
                  + " is not present");
        }
        mapFailure = e;
        throw e;
      } catch (RevisionException e) {
        mapFailure = e;
        throw e;
      }
    }
    return map;
  }

  /**
   * {@code str(script)} while the map is being built: {@code <down> -> <rev>[ (head)][
   * (branchpoint)][ (mergepoint)], <doc>}, with the next revisions linked so far.
   */
  private static String describe(Script script, int nextRevisions) {
    List<String> down = script.downRevisions();
    return (down.isEmpty() ? "<base>" : String.join(", ", down))
        + " -> "
        + script.id()
        + (nextRevisions == 0 ? " (head)" : "")
        + (nextRevisions > 1 ? " (branchpoint)" : "")
        + (down.size() > 1 ? " (mergepoint)" : "")
        + ", "
        + script.doc();
  }

  /** The loaded scripts by id (the last of duplicates wins, as in Alembic). */
  public Map<String, Script> scripts() {
    if (scripts == null) {
      scripts = load();
    }
    return scripts;
  }

  /** The script of a revision id. */
  public Script script(String id) {
    return scripts().get(id);
  }

  private Map<String, Script> load() {
    Map<String, Script> loaded = new LinkedHashMap<>();
    List<Script> inOrder = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path dir : settings.versionLocations()) {
      if (!Files.isDirectory(dir)) {
        if (settings.explicitVersionLocations()) {
          continue;
        }
        throw new PythonError(
            "FileNotFoundError", "[Errno 2] No such file or directory: '" + dir + "'");
      }
      String[] names = new File(dir.toString()).list();
      if (names == null) {
        continue;
      }
      for (String name : names) {
        if (!REVISION_FILE.matcher(name).matches()) {
          continue;
        }
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
          continue;
        }
        Path real = realPath(file);
        if (!seen.add(real)) {
          warnings.accept(
              "File "
                  + real
                  + " loaded twice! ignoring. Please ensure"
                  + " version_locations is unique.");
          continue;
        }
        Script script = loader.load(file);
        if (script != null) {
          inOrder.add(script);
        }
      }
    }
    for (Script s : inOrder) {
      loaded.put(s.id(), s);
    }
    orderedScripts = inOrder;
    loader.loaded();
    return loaded;
  }

  /** Loads a file just written (Alembic's {@code Script._from_path} after generate_revision). */
  public Script loadNew(Path file) {
    return loader.load(file);
  }

  /** Every loaded script in directory order, duplicates included (the graph's input order). */
  public List<Script> scriptsInOrder() {
    scripts();
    return orderedScripts;
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (java.io.IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }
}
