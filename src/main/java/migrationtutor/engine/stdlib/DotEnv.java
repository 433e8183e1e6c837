package migrationtutor.engine.stdlib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.pyeval.PyBool;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;

/**
 * python-dotenv's {@code load_dotenv}, {@code find_dotenv} and {@code dotenv_values}: {@code
 * KEY=value} lines (optionally {@code export}ed, quoted, with {@code ${VAR}} expansion) from a
 * {@code .env} file inside the sandbox.
 */
final class DotEnv {
  private static final Pattern LINE =
      Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*=\\s*(.*?)\\s*$");
  private static final Pattern EXPAND = Pattern.compile("\\$\\{([^}:]+)(?::-([^}]*))?}");

  private DotEnv() {}

  /** Finds {@code filename} in the working directory or its parents, inside the sandbox. */
  static Optional<Path> find(PythonHost host, String filename) {
    Path dir = host.workingDir();
    while (dir != null && dir.startsWith(host.root())) {
      Path candidate = dir.resolve(filename);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  static PyValue load(PythonHost host, String path, boolean override) {
    Optional<Path> file = resolve(host, path);
    if (file.isEmpty()) {
      return PyBool.FALSE;
    }
    Map<String, String> values = parse(host, file.get());
    for (Map.Entry<String, String> e : values.entrySet()) {
      PyStr key = new PyStr(e.getKey());
      if (override || !host.environ().entries().containsKey(key)) {
        host.environ().entries().put(key, new PyStr(e.getValue()));
      }
    }
    return PyBool.of(!values.isEmpty());
  }

  static PyValue values(PythonHost host, String path) {
    Map<PyValue, PyValue> out = new LinkedHashMap<>();
    resolve(host, path)
        .ifPresent(f -> parse(host, f).forEach((k, v) -> out.put(new PyStr(k), new PyStr(v))));
    return new PyDict(out);
  }

  private static Optional<Path> resolve(PythonHost host, String path) {
    if (path == null) {
      return find(host, ".env");
    }
    Path p = host.workingDir().resolve(path).normalize();
    return p.startsWith(host.root()) && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  private static Map<String, String> parse(PythonHost host, Path file) {
    Map<String, String> values = new LinkedHashMap<>();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return values;
    }
    for (String line : text.split("\r\n|\r|\n")) {
      if (line.strip().startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String raw = m.group(2);
      String value;
      if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
        value = raw.substring(1, raw.length() - 1);
      } else if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
        value = expand(host, values, raw.substring(1, raw.length() - 1).replace("\\n", "\n"));
      } else {
        int hash = raw.indexOf(" #");
        value = expand(host, values, (hash >= 0 ? raw.substring(0, hash) : raw).strip());
      }
      values.put(m.group(1), value);
    }
    return values;
  }

  private static String expand(PythonHost host, Map<String, String> seen, String value) {
    Matcher m = EXPAND.matcher(value);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      PyValue env = host.environ().entries().get(new PyStr(m.group(1)));
      String v =
          env != null
              ? env.str()
              : seen.getOrDefault(m.group(1), m.group(2) == null ? "" : m.group(2));
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
