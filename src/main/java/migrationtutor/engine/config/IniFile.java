package migrationtutor.engine.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.util.PythonRepr;

/**
 * An .ini file read with the rules of Python's {@code configparser.ConfigParser} defaults.
 *
 * <p>Alembic reads alembic.ini with a plain {@code ConfigParser}, so this class follows it: {@code
 * =} or {@code :} delimiters, keys lower-cased, full-line comments with {@code #} or {@code ;} but
 * no inline comments (so {@code version_path_separator = os # Use os.pathsep...} keeps its comment
 * as part of the value, exactly as in Alembic), values continued on deeper-indented lines, a {@code
 * [DEFAULT]} section, and strict duplicate checks. Values are stored raw; {@link #get(String,
 * String)} applies {@code %(name)s} interpolation on read, as Python does.
 */
public final class IniFile {
  static final String DEFAULT_SECTION = "DEFAULT";
  private static final Pattern SECTION = Pattern.compile("\\[(?<header>.+)\\]");
  // configparser's OPTCRE: the option name is the shortest run before the first delimiter.
  private static final Pattern OPTION =
      Pattern.compile("(?<option>.*?)\\s*(?<vi>=|:)\\s*(?<value>.*)$", Pattern.DOTALL);

  private final String fileName;
  private final Map<String, String> defaults = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();

  private IniFile(String fileName) {
    this.fileName = fileName;
  }

  /** An empty file (Python: a ConfigParser that read nothing), seeded with defaults. */
  public static IniFile empty(String fileName, Map<String, String> defaults) {
    IniFile ini = new IniFile(fileName);
    ini.defaults.putAll(defaults);
    return ini;
  }

  /**
   * Parses ini text, Python {@code ConfigParser(defaults).read_string(text)} style.
   *
   * @throws IniSyntaxError for lines configparser would reject, with configparser's message
   */
  public static IniFile parse(String text, String fileName, Map<String, String> defaults) {
    IniFile ini = empty(fileName, defaults);
    ini.read(text);
    return ini;
  }

  private void read(String text) {
    Map<String, List<String>> cursect = null;
    String sectName = null;
    String optName = null;
    int indentLevel = 0;
    java.util.Set<String> added = new java.util.HashSet<>();
    List<String> badLines = new ArrayList<>();
    Map<Map<String, List<String>>, Map<String, String>> targets = new java.util.IdentityHashMap<>();
    String[] lines = splitLines(text);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int lineNo = i + 1;
      boolean comment = isFullLineComment(line);
      String value = comment ? "" : line.strip();
      if (value.isEmpty()) {
        // empty_lines_in_values=True: a blank (non-comment) line becomes part of a multi-line
        // value.
        if (!comment && cursect != null && optName != null && cursect.get(optName) != null) {
          cursect.get(optName).add("");
        }
        continue;
      }
      int curIndent = leadingWhitespace(line);
      if (cursect != null && optName != null && curIndent > indentLevel) {
        List<String> values = cursect.get(optName);
        if (values != null) {
          values.add(value);
        }
        continue;
      }
      indentLevel = curIndent;
      Matcher section = SECTION.matcher(value);
      if (section.matches()) {
        sectName = section.group("header");
        if (added.contains(sectName)) {
          throw new IniSyntaxError(
              "configparser.DuplicateSectionError",
              "While reading from '"
                  + fileName
                  + "' [line "
                  + pad(lineNo)
                  + "]: section '"
                  + sectName
                  + "' already exists");
        }
        if (sectName.equals(DEFAULT_SECTION)) {
          cursect = new LinkedHashMap<>();
          targets.put(cursect, defaults);
        } else {
          cursect = new LinkedHashMap<>();
          targets.put(cursect, sections.computeIfAbsent(sectName, k -> new LinkedHashMap<>()));
          added.add(sectName);
        }
        optName = null;
        continue;
      }
      if (cursect == null) {
        throw new IniSyntaxError(
            "configparser.MissingSectionHeaderError",
            "File contains no section headers.\nfile: '"
                + fileName
                + "', line: "
                + lineNo
                + "\n"
                + pythonRepr(line + "\n"));
      }
      Matcher option = OPTION.matcher(value);
      if (option.matches() && !option.group("option").isEmpty()) {
        optName = option.group("option").stripTrailing().toLowerCase(Locale.ROOT);
        String key = sectName + "\u0000" + optName;
        if (added.contains(key)) {
          throw new IniSyntaxError(
              "configparser.DuplicateOptionError",
              "While reading from '"
                  + fileName
                  + "' [line "
                  + pad(lineNo)
                  + "]: option '"
                  + optName
                  + "' in section '"
                  + sectName
                  + "' already exists");
        }
        added.add(key);
        List<String> values = new ArrayList<>();
        values.add(option.group("value").strip());
        cursect.put(optName, values);
      } else {
        badLines.add("\n\t[line " + pad(lineNo) + "]: " + pythonRepr(line + "\n"));
      }
    }
    for (Map.Entry<Map<String, List<String>>, Map<String, String>> t : targets.entrySet()) {
      for (Map.Entry<String, List<String>> e : t.getKey().entrySet()) {
        t.getValue().put(e.getKey(), joinMultiline(e.getValue()));
      }
    }
    if (!badLines.isEmpty()) {
      throw new IniSyntaxError(
          "configparser.ParsingError",
          "Source contains parsing errors: '" + fileName + "'" + String.join("", badLines));
    }
  }

  private static String joinMultiline(List<String> values) {
    // configparser joins the lines with "\n" and strips trailing blank lines.
    int end = values.size();
    while (end > 1 && values.get(end - 1).isEmpty()) {
      end--;
    }
    return String.join("\n", values.subList(0, end)).stripTrailing();
  }

  private static boolean isFullLineComment(String line) {
    String s = line.strip();
    return s.startsWith("#") || s.startsWith(";");
  }

  private static int leadingWhitespace(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String pad(int lineNo) {
    return String.format("%2d", lineNo);
  }

  private static String[] splitLines(String text) {
    return text.split("\r\n|\r|\n", -1);
  }

  private static String pythonRepr(String s) {
    return PythonRepr.of(s);
  }

  /** The file name this was read from, as given. */
  public String fileName() {
    return fileName;
  }

  /** Whether a (non-default) section exists. */
  public boolean hasSection(String section) {
    return sections.containsKey(section);
  }

  /** Whether an option exists in a section or in the defaults. */
  public boolean hasOption(String section, String option) {
    Map<String, String> s = sections.get(section);
    String key = option.toLowerCase(Locale.ROOT);
    return (s != null && s.containsKey(key)) || defaults.containsKey(key);
  }

  /** An option's value with {@code %(name)s} interpolation applied, if present. */
  public Optional<String> get(String section, String option) {
    String key = option.toLowerCase(Locale.ROOT);
    String raw = rawValue(section, key);
    if (raw == null) {
      return Optional.empty();
    }
    return Optional.of(Interpolation.interpolate(this, section, key, raw));
  }

  /** All options of a section, defaults included, interpolated (Python: {@code items(section)}). */
  public Map<String, String> items(String section) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, String> merged = new LinkedHashMap<>(defaults);
    Map<String, String> s = sections.get(section);
    if (s != null) {
      merged.putAll(s);
    }
    for (Map.Entry<String, String> e : merged.entrySet()) {
      out.put(e.getKey(), Interpolation.interpolate(this, section, e.getKey(), e.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Sets an option, creating the section when needed (Python: {@code set}). */
  public void set(String section, String option, String value) {
    Interpolation.checkSettable(value);
    sections
        .computeIfAbsent(section, k -> new LinkedHashMap<>())
        .put(option.toLowerCase(Locale.ROOT), value);
  }

  /** Adds an empty section if it does not exist. */
  public void addSection(String section) {
    sections.computeIfAbsent(section, k -> new LinkedHashMap<>());
  }

  /** The section names in file order (the default section excluded). */
  public List<String> sectionNames() {
    return List.copyOf(sections.keySet());
  }

  /** An option's raw (uninterpolated) value, or null (Python: {@code get(..., raw=True)}). */
  public String rawOption(String section, String option) {
    return rawValue(section, option.toLowerCase(Locale.ROOT));
  }

  String rawValue(String section, String key) {
    Map<String, String> s = sections.get(section);
    if (s != null && s.containsKey(key)) {
      return s.get(key);
    }
    return defaults.get(key);
  }
}
