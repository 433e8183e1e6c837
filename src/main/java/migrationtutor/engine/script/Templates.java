package migrationtutor.engine.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The project templates {@code alembic init} can write ({@code alembic list_templates}), bundled in
 * the tutor's jar.
 */
public final class Templates {
  /** One template: its name and its one-line synopsis (the first line of its README). */
  public record Template(String name, String synopsis) {}

  /**
   * The files of a template in the order Alembic writes them. Alembic walks {@code
   * os.listdir(template_dir)}; this is the order that listing has for Alembic's own templates.
   */
  public static final List<String> FILES =
      List.of("script.py.mako", "README", "env.py", "alembic.ini.mako");

  private static final List<String> NAMES = List.of("generic", "async");
  private static final String ROOT = "/migrationtutor/engine/templates/";

  private Templates() {}

  /** Every available template. */
  public static List<Template> all() {
    return NAMES.stream()
        .map(n -> new Template(n, read(n, "README").lines().findFirst().orElse("").stripTrailing()))
        .toList();
  }

  /** A template by name. */
  public static Optional<Template> named(String name) {
    return all().stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The text of one template file. */
  public static String read(String template, String file) {
    try (InputStream in = Templates.class.getResourceAsStream(ROOT + template + "/" + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "template file missing from the jar: " + template + "/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
