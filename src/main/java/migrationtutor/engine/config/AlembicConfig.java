package migrationtutor.engine.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.PythonError;

/**
 * Represent an Alembic configuration: alembic.ini and the command-line options that select and
 * extend it ({@code -c}, {@code -n}, {@code -x}).
 *
 * <p>Mirrors {@code alembic.config.Config}: the file is read lazily with configparser rules, {@code
 * %(here)s} is the absolute directory of the file, a missing file reads as empty, and a missing
 * main section fails with Alembic's message.
 */
public final class AlembicConfig {
  private final Path workingDir;
  private final String configFileName;
  private final String iniSection;
  private final List<String> xArguments;
  private IniFile file;

  /**
   * @param workingDir the directory relative paths are resolved from (the process's cwd in Alembic)
   * @param configFileName the {@code -c} value as typed (default {@code alembic.ini})
   * @param iniSection the {@code -n} value (default {@code alembic})
   * @param xArguments the {@code -x} values
   */
  public AlembicConfig(
      Path workingDir, String configFileName, String iniSection, List<String> xArguments) {
    this.workingDir = workingDir.toAbsolutePath().normalize();
    this.configFileName = configFileName;
    this.iniSection = iniSection;
    this.xArguments = List.copyOf(xArguments);
  }

  /** The directory the command runs in. */
  public Path workingDir() {
    return workingDir;
  }

  /** The config file name as given on the command line. */
  public String configFileName() {
    return configFileName;
  }

  /** The config file's absolute path. */
  public Path configFile() {
    return workingDir.resolve(configFileName).normalize();
  }

  /** The main section's name ({@code -n}). */
  public String iniSection() {
    return iniSection;
  }

  /** The {@code -x} arguments. */
  public List<String> xArguments() {
    return xArguments;
  }

  /** The parsed file (read on first use, as Alembic's memoized {@code file_config}). */
  public IniFile file() {
    if (file == null) {
      String here = configFile().getParent() == null ? "" : configFile().getParent().toString();
      file = read(configFile(), configFileName, Map.of("here", here));
    }
    return file;
  }

  private static IniFile read(Path path, String name, Map<String, String> defaults) {
    if (!Files.isRegularFile(path)) {
      // ConfigParser.read() silently skips files it cannot open.
      return IniFile.empty(name, defaults);
    }
    String text;
    try {
      byte[] bytes = Files.readAllBytes(path);
      text = decodeUtf8(bytes);
    } catch (IOException e) {
      return IniFile.empty(name, defaults);
    }
    try {
      return IniFile.parse(text, name, defaults);
    } catch (IniSyntaxError e) {
      throw new PythonError(e.pythonException(), e.getMessage());
    }
  }

  private static String decodeUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new PythonError(
          "UnicodeDecodeError", "'utf-8' codec can't decode the file: it is not valid UTF-8 text");
    }
  }

  /**
   * An option of the main section.
   *
   * @throws CommandError with Alembic's "No config file ..." message when the section is missing
   */
  public Optional<String> mainOption(String name) {
    return sectionOption(iniSection, name);
  }

  /** An option of the main section, or a default. */
  public String mainOption(String name, String defaultValue) {
    return mainOption(name).orElse(defaultValue);
  }

  /** An option of a named section; Alembic's {@code get_section_option}. */
  public Optional<String> sectionOption(String section, String name) {
    if (!file().hasSection(section)) {
      throw new CommandError(
          "No config file '"
              + configFileName
              + "' found, or file has no '["
              + section
              + "]' section");
    }
    try {
      return file().get(section, name);
    } catch (IniSyntaxError e) {
      throw new PythonError(e.pythonException(), e.getMessage());
    }
  }

  /** All options of a section (defaults included), or empty if the section is absent. */
  public Optional<Map<String, String>> section(String name) {
    if (!file().hasSection(name)) {
      return Optional.empty();
    }
    try {
      return Optional.of(file().items(name));
    } catch (IniSyntaxError e) {
      throw new PythonError(e.pythonException(), e.getMessage());
    }
  }

  /** Overrides a main-section option, as env.py's {@code config.set_main_option} does. */
  public void setMainOption(String name, String value) {
    try {
      file().set(iniSection, name, value);
    } catch (IniSyntaxError e) {
      throw new PythonError(e.pythonException(), e.getMessage());
    }
  }
}
