package migrationtutor.engine.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.script.MakoTemplate;
import migrationtutor.engine.script.TemplateRenderer;
import migrationtutor.engine.script.Templates;
import migrationtutor.engine.util.PythonRepr;

/** {@code alembic init} and {@code alembic list_templates}, as Alembic's command.py does them. */
final class InitCommand {
  private InitCommand() {}

  static void listTemplates(CommandContext ctx) {
    ctx.printStdout("Available templates:\n");
    for (Templates.Template t : Templates.all()) {
      ctx.printStdout(t.name() + " - " + t.synopsis());
    }
    ctx.printStdout("\nTemplates are used via the 'init' command, e.g.:");
    ctx.printStdout("\n  alembic init --template generic ./scripts");
  }

  static void init(CommandContext ctx, String directory, String template, boolean asPackage)
      throws Exception {
    Path dir = ctx.resolve(directory);
    if (Files.exists(dir) && !isEmptyDirectory(dir)) {
      throw new CommandError("Directory " + directory + " already exists and is not empty");
    }
    if (Templates.named(template).isEmpty()) {
      throw new CommandError("No such template " + PythonRepr.of(template));
    }
    if (!Files.exists(dir)) {
      ctx.messages().status("Creating directory " + dir, () -> Files.createDirectories(dir));
    }
    Path versions = dir.resolve("versions");
    ctx.messages()
        .status("Creating directory " + versions, () -> Files.createDirectories(versions));
    Path configFile = ctx.config().configFile();
    for (String file : Templates.FILES) {
      String text = Templates.read(template, file);
      if (file.equals("alembic.ini.mako")) {
        if (Files.exists(configFile)) {
          ctx.messages().msg("File " + configFile + " already exists, skipping");
        } else {
          String rendered =
              TemplateRenderer.render(
                  MakoTemplate.parse(file, text),
                  TemplateRenderer.names(file, Map.of("script_location", directory)));
          ctx.messages().status("Generating " + configFile, () -> write(configFile, rendered));
        }
      } else {
        Path out = dir.resolve(file);
        ctx.messages().status("Generating " + out, () -> write(out, text));
      }
    }
    if (asPackage) {
      for (Path p : new Path[] {dir.resolve("__init__.py"), versions.resolve("__init__.py")}) {
        ctx.messages().status("Adding " + p, () -> write(p, ""));
      }
    }
    ctx.messages()
        .msg(
            "Please edit configuration/connection/logging settings in "
                + PythonRepr.of(configFile.toString())
                + " before proceeding.");
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      // Alembic's os.listdir() on a file raises NotADirectoryError.
      throw new PythonError(
          "NotADirectoryError",
          "[Errno 20] Not a directory: " + PythonRepr.of(dir.getFileName().toString()));
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
