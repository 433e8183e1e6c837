package migrationtutor.engine.script;

import java.nio.file.Path;
import java.util.List;
import migrationtutor.engine.revision.Revision;

/**
 * Represent a single revision file in a {@code versions/} directory: its identifiers, its path, its
 * docstring, and the loaded module whose {@code upgrade()} and {@code downgrade()} a migration
 * runs.
 */
public final class Script {
  private final Revision revision;
  private final Path path;
  private final String moduleDoc;
  private final RevisionModule module;

  public Script(Revision revision, Path path, String moduleDoc, RevisionModule module) {
    this.revision = revision;
    this.path = path;
    this.moduleDoc = moduleDoc;
    this.module = module;
  }

  /** The revision id. */
  public String id() {
    return revision.id();
  }

  /** The graph record (id, down revisions, branch labels, depends_on). */
  public Revision revision() {
    return revision;
  }

  /** The file's absolute path. */
  public Path path() {
    return path;
  }

  /** The loaded module, for running {@code upgrade()} and {@code downgrade()}. */
  public RevisionModule module() {
    return module;
  }

  /** The module docstring exactly as written, or null when there is none. */
  public String longdocRaw() {
    return moduleDoc;
  }

  /** The whole docstring, stripped ({@code Script.longdoc}); empty when there is none. */
  public String longdoc() {
    return moduleDoc == null ? "" : moduleDoc.strip();
  }

  /** The docstring's first paragraph ({@code Script.doc}): what history shows after the comma. */
  public String doc() {
    return longdoc().split("\n\n", -1)[0];
  }

  /** The down revisions as written ({@code down_revision}), in declaration order. */
  public List<String> downRevisions() {
    return revision.downRevisions();
  }
}
