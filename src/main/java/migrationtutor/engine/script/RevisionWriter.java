package migrationtutor.engine.script;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.output.Messages;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyTuple;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.revision.RevisionNode;
import migrationtutor.engine.stdlib.StdlibValues;

/**
 * Writes a new revision file: Alembic's {@code ScriptDirectory.generate_revision} — the parents,
 * the file name, the project's script.py.mako rendered with the template arguments, and the {@code
 * Generating ... done} status line.
 */
public final class RevisionWriter {
  private final ScriptDirectory scripts;
  private final Messages messages;
  private final Clock clock;
  private final Path workingDir;

  public RevisionWriter(ScriptDirectory scripts, Messages messages, Clock clock, Path workingDir) {
    this.scripts = scripts;
    this.messages = messages;
    this.clock = clock;
    this.workingDir = workingDir;
  }

  /** {@code util.rev_id()}: the last 12 hex digits of a random UUID. */
  public static String newRevisionId() {
    return UUID.randomUUID().toString().replace("-", "").substring(20);
  }

  /**
   * What a new revision is: its id, message, parents (already resolved), labels, and its
   * dependencies, resolved only once the parents passed the --splice check (Alembic's order).
   */
  public record Request(
      String revId,
      String message,
      List<RevisionNode> heads,
      boolean splice,
      List<String> branchLabels,
      String versionPath,
      Supplier<List<String>> dependsOn,
      Map<String, PyValue> templateArgs) {}

  /**
   * Writes the file and returns its path.
   *
   * @throws CommandError as Alembic does for a non-head parent without --splice, an unknown version
   *     path, and the like
   */
  public Path write(Request r) throws Exception {
    List<String> parentIds = new ArrayList<>();
    for (RevisionNode h : r.heads()) {
      if (h != null && !h.isBasePlaceholder()) {
        parentIds.add(h.id());
      }
    }
    if (new java.util.HashSet<>(r.heads()).size() != r.heads().size()) {
      throw new CommandError("Duplicate head revisions specified");
    }
    ZonedDateTime createDate = createDate();
    Path versionDir = versionDirectory(r);
    Path path =
        versionDir.resolve(
            RevisionFileName.of(
                scripts.settings().fileTemplate(),
                r.revId(),
                r.message(),
                scripts.settings().truncateSlugLength(),
                createDate));
    if (!r.splice()) {
      for (RevisionNode h : r.heads()) {
        if (h != null && !h.isBasePlaceholder() && !h.isHead()) {
          throw new CommandError(
              "Revision "
                  + h.id()
                  + " is not a head revision; please specify"
                  + " --splice to create a new branch from this revision");
        }
      }
    }
    List<String> dependsOn = r.dependsOn().get();
    Map<String, PyValue> args = new LinkedHashMap<>(r.templateArgs());
    args.put("up_revision", new PyStr(r.revId()));
    args.put("down_revision", scalar(parentIds));
    // util.to_tuple(None) is None: no labels renders as "branch_labels = None".
    args.put(
        "branch_labels",
        r.branchLabels().isEmpty()
            ? PyNone.NONE
            : new PyTuple(r.branchLabels().stream().<PyValue>map(PyStr::new).toList()));
    args.put("depends_on", dependsOn.isEmpty() ? PyNone.NONE : scalar(dependsOn));
    args.put("create_date", createDateValue(createDate));
    args.put("message", new PyStr(r.message() == null ? "empty message" : r.message()));
    Path mako = scripts.dir().resolve("script.py.mako");
    String text;
    try {
      text = Files.readString(mako);
    } catch (IOException e) {
      throw new migrationtutor.engine.PythonError(
          "FileNotFoundError", "[Errno 2] No such file or directory: '" + mako + "'");
    }
    String rendered =
        TemplateRenderer.render(
            MakoTemplate.parse(mako.toString(), text),
            new TemplateExpressions(mako.toString(), args));
    Charset charset = Charset.forName(scripts.settings().outputEncoding());
    messages.status("Generating " + path, () -> Files.write(path, rendered.getBytes(charset)));
    return path;
  }

  private Path versionDirectory(Request r) throws Exception {
    List<Path> locations = scripts.settings().versionLocations();
    String versionPath = r.versionPath();
    Path chosen;
    if (versionPath == null) {
      if (locations.size() > 1) {
        chosen = null;
        for (RevisionNode h : r.heads()) {
          if (h != null && !h.isBasePlaceholder()) {
            chosen = scripts.script(h.id()).path().getParent();
            break;
          }
        }
        if (chosen == null) {
          throw new CommandError(
              "Multiple version locations present, please specify --version-path");
        }
      } else {
        chosen = locations.get(0);
      }
    } else {
      chosen = workingDir.resolve(versionPath);
    }
    Path norm = chosen.toAbsolutePath().normalize();
    if (!locations.contains(norm)) {
      throw new CommandError(
          "Path " + versionPath + " is not represented in current version" + " locations");
    }
    if (scripts.settings().explicitVersionLocations() && !Files.exists(norm)) {
      messages.status("Creating directory " + norm, () -> Files.createDirectories(norm));
    }
    return norm;
  }

  private ZonedDateTime createDate() {
    if (scripts.settings().timezone().isPresent()) {
      String tz = scripts.settings().timezone().get();
      try {
        return ZonedDateTime.now(clock.withZone(ZoneId.of(tz)));
      } catch (java.time.DateTimeException e) {
        try {
          return ZonedDateTime.now(
              clock.withZone(ZoneId.of(tz.toUpperCase(java.util.Locale.ROOT))));
        } catch (java.time.DateTimeException again) {
          throw new CommandError("Can't locate timezone: " + tz);
        }
      }
    }
    return ZonedDateTime.now(clock);
  }

  private PyValue createDateValue(ZonedDateTime date) {
    ZonedDateTime micros = date.withNano(date.getNano() / 1000 * 1000);
    Object value =
        scripts.settings().timezone().isPresent()
            ? micros.toOffsetDateTime()
            : LocalDateTime.from(micros);
    return StdlibValues.temporal(value);
  }

  /** {@code tuple_rev_as_scalar}: None, a single id, or a tuple of ids. */
  private static PyValue scalar(List<String> ids) {
    if (ids.isEmpty()) {
      return PyNone.NONE;
    }
    if (ids.size() == 1) {
      return new PyStr(ids.get(0));
    }
    return new PyTuple(ids.stream().<PyValue>map(PyStr::new).toList());
  }
}
