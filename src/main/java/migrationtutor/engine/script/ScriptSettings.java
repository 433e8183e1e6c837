package migrationtutor.engine.script;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.config.AlembicConfig;

/**
 * The script directory's settings from alembic.ini, read as {@code ScriptDirectory.from_config}
 * reads them, with the same errors.
 *
 * @param dir the script location, absolute
 * @param versionLocations the directories revision files are read from, absolute, in order
 * @param explicitVersionLocations whether {@code version_locations} was configured
 * @param fileTemplate the revision file-name template ({@code %(rev)s_%(slug)s})
 * @param truncateSlugLength the longest slug
 * @param prependSysPath the entries of {@code prepend_sys_path}, as written
 * @param timezone the {@code timezone} option, if any
 * @param sourceless whether {@code sourceless = true}
 * @param outputEncoding the encoding revision files are written in
 * @param hookConfig the {@code [post_write_hooks]} section
 */
public record ScriptSettings(
    Path dir,
    List<Path> versionLocations,
    boolean explicitVersionLocations,
    String fileTemplate,
    int truncateSlugLength,
    List<String> prependSysPath,
    Optional<String> timezone,
    boolean sourceless,
    String outputEncoding,
    Map<String, String> hookConfig) {

  static final String DEFAULT_FILE_TEMPLATE = "%(rev)s_%(slug)s";

  /**
   * Reads the settings.
   *
   * @throws CommandError as Alembic does for a missing main section, script_location or directory
   */
  public static ScriptSettings fromConfig(AlembicConfig config) {
    String location =
        config
            .mainOption("script_location")
            .orElseThrow(
                () -> new CommandError("No 'script_location' key found in configuration."));
    int truncate =
        config
            .mainOption("truncate_slug_length")
            .map(
                v -> {
                  try {
                    return Integer.parseInt(v.strip());
                  } catch (NumberFormatException e) {
                    throw new PythonError(
                        "ValueError",
                        "invalid literal for int() with base 10: "
                            + migrationtutor.engine.util.PythonRepr.of(v));
                  }
                })
            .orElse(40);
    List<Path> locations = new ArrayList<>();
    String versionLocations = config.mainOption("version_locations").orElse("");
    boolean explicit = !versionLocations.isEmpty();
    if (explicit) {
      for (String loc :
          splitVersionLocations(
              versionLocations, config.mainOption("version_path_separator").orElse(null))) {
        locations.add(config.workingDir().resolve(loc).normalize());
      }
    }
    List<String> sysPath =
        config
            .mainOption("prepend_sys_path")
            .filter(s -> !s.isEmpty())
            .map(s -> Arrays.stream(s.split(", *| +|:")).toList())
            .orElse(List.of());
    Path dir = scriptLocation(config, location);
    if (!explicit) {
      locations.add(dir.resolve("versions"));
    }
    return new ScriptSettings(
        dir,
        List.copyOf(locations),
        explicit,
        config.mainOption("file_template").orElse(DEFAULT_FILE_TEMPLATE),
        truncate <= 0 ? 40 : truncate,
        sysPath,
        config.mainOption("timezone").filter(s -> !s.isEmpty()),
        config.mainOption("sourceless").map(s -> s.equals("true")).orElse(false),
        config.mainOption("output_encoding").orElse("utf-8"),
        config.section("post_write_hooks").orElse(Map.of()));
  }

  private static Path scriptLocation(AlembicConfig config, String location) {
    if (location.contains(":") && !location.startsWith("/") && !location.startsWith("%")) {
      // "package:path" locations name an installed Python package, which the sandbox has none of.
      throw new CommandError(
          "script_location "
              + migrationtutor.engine.util.PythonRepr.of(location)
              + " names a Python package resource; the tutor runs projects whose script_location is a"
              + " folder path such as 'alembic'");
    }
    Path dir = config.workingDir().resolve(location).normalize();
    if (!Files.exists(dir)) {
      throw new CommandError(
          "Path doesn't exist: "
              + migrationtutor.engine.util.PythonRepr.of(dir.toString())
              + ".  Please use the 'init' command to create a new scripts folder.");
    }
    return dir;
  }

  private static List<String> splitVersionLocations(String value, String separator) {
    if (separator == null) {
      // Alembic's legacy behaviour: split on spaces and/or commas.
      return Arrays.stream(value.split(", *|(?: +)")).toList();
    }
    String splitChar =
        switch (separator) {
          case "space" -> " ";
          case "os" -> File.pathSeparator;
          case ":" -> ":";
          case ";" -> ";";
          default ->
              throw new PythonError(
                  "ValueError",
                  "'"
                      + separator
                      + "' is not a valid value for"
                      + " version_path_separator; expected 'space', 'os', ':', ';'");
        };
    List<String> out = new ArrayList<>();
    for (String s : value.split(java.util.regex.Pattern.quote(splitChar))) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
