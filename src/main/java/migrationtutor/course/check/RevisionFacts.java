package migrationtutor.course.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.config.AlembicConfig;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.PyParser;
import migrationtutor.engine.pysrc.PySyntaxError;
import migrationtutor.engine.pysrc.Stmt;
import migrationtutor.engine.revision.Revision;
import migrationtutor.engine.revision.RevisionMap;
import migrationtutor.engine.script.Script;
import migrationtutor.engine.script.ScriptDirectory;
import migrationtutor.engine.script.ScriptSettings;

/**
 * The revisions of a workspace, read the way the engine finds them (alembic.ini's script location
 * and version locations, through {@link ScriptDirectory}) but without evaluating anything: each
 * file's {@code revision}, {@code down_revision} and docstring are read from its syntax tree.
 * Nothing here ever names a revision id to an author; lessons refer to revisions by message.
 */
final class RevisionFacts {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** One revision file. */
  record Rev(String id, String message, List<String> down, Path path) {}

  private final List<Rev> revisions;
  private final List<String> heads;
  private final String problem;

  private RevisionFacts(List<Rev> revisions, List<String> heads, String problem) {
    this.revisions = List.copyOf(revisions);
    this.heads = List.copyOf(heads);
    this.problem = problem;
  }

  static RevisionFacts read(Path root) {
    if (!Files.exists(root.resolve("alembic.ini"))) {
      return new RevisionFacts(List.of(), List.of(), "alembic.ini does not exist");
    }
    List<Rev> revs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try {
      AlembicConfig config = new AlembicConfig(root, "alembic.ini", "alembic", List.of());
      ScriptDirectory dir =
          new ScriptDirectory(
              ScriptSettings.fromConfig(config), file -> load(root, file, revs, problems), w -> {});
      dir.scriptsInOrder();
      if (!problems.isEmpty()) {
        return new RevisionFacts(revs, List.of(), problems.get(0));
      }
      RevisionMap map = dir.revisionMap();
      return new RevisionFacts(revs, map.heads(), null);
    } catch (RuntimeException e) {
      return new RevisionFacts(revs, List.of(), "the revisions cannot be read: " + e.getMessage());
    }
  }

  private static Script load(Path root, Path file, List<Rev> revs, List<String> problems) {
    String rel = root.relativize(file).toString();
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      var module = PyParser.parse(text, rel);
      String id = null;
      List<String> down = List.of();
      for (Stmt s : module.body()) {
        String name = null;
        Expr value = null;
        if (s instanceof Stmt.Assign a
            && a.targets().size() == 1
            && a.targets().get(0) instanceof Expr.Name n) {
          name = n.id();
          value = a.value();
        } else if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n) {
          name = n.id();
          value = a.value();
        }
        if ("revision".equals(name)
            && value instanceof Expr.Constant c
            && c.value() instanceof String v) {
          id = v;
        } else if ("down_revision".equals(name)) {
          down = strings(value);
        }
      }
      if (id == null) {
        return null; // Alembic skips a Python file in versions/ that declares no revision
      }
      String doc = module.docstring() == null ? "" : module.docstring().strip();
      String message = doc.split("\n\n", -1)[0];
      revs.add(new Rev(id, message, down, file));
      return new Script(
          new Revision(id, down, List.of(), List.of()), file, module.docstring(), n -> true);
    } catch (PySyntaxError e) {
      problems.add(rel + " has a Python syntax error on line " + e.line() + ": " + e.message());
    } catch (IOException | RuntimeException e) {
      problems.add(rel + " cannot be read: " + e.getMessage());
    }
    return null;
  }

  private static List<String> strings(Expr value) {
    List<String> out = new ArrayList<>();
    if (value instanceof Expr.Constant c && c.value() instanceof String s) {
      out.add(s);
    } else if (value instanceof Expr.Tuple t) {
      t.elts().forEach(e -> out.addAll(strings(e)));
    } else if (value instanceof Expr.List l) {
      l.elts().forEach(e -> out.addAll(strings(e)));
    }
    return out;
  }

  /** Why the revisions cannot be used, or null. */
  String problem() {
    return problem;
  }

  List<Rev> revisions() {
    return revisions;
  }

  List<String> heads() {
    return heads;
  }

  Optional<Rev> byId(String id) {
    return revisions.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The revisions whose message has the same slug ({@code Add deleted_at column} = ...). */
  List<Rev> withMessage(String message) {
    String slug = slug(message);
    return revisions.stream().filter(r -> slug(r.message()).equals(slug)).toList();
  }

  /** How a message names a revision: its message, or its id when it has none. */
  String name(String id) {
    return byId(id).map(r -> r.message().isEmpty() ? id : r.message()).orElse(id);
  }

  /** Alembic's file-name slug of a message: its words joined by {@code _}, lower case. */
  static String slug(String message) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(message);
    while (m.find()) {
      words.add(m.group());
    }
    return String.join("_", words).toLowerCase(Locale.ROOT);
  }
}
