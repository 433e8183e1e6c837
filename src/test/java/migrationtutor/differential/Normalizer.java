package migrationtutor.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the outputs of two runs comparable: the project's absolute path, creation dates and
 * generated revision ids become placeholders, and a Python traceback is reduced to what both tools
 * agree on (the header and the final exception lines; the frames differ by nature).
 */
final class Normalizer {
  private static final Pattern CREATE_DATE =
      Pattern.compile("Create Date: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?");
  private static final Pattern GENERATED_REV = Pattern.compile("versions/([0-9a-f]{12})_");
  private static final Pattern WARNING_LOCATION = Pattern.compile("(?m)^\\S*:\\d+: UserWarning: ");

  private final String project;
  private final Map<String, String> revisions = new LinkedHashMap<>();

  Normalizer(String project) {
    this.project = project;
  }

  /** Remembers generated revision ids in order of appearance, so REV1, REV2... match up. */
  void learnRevisions(String text) {
    Matcher m = GENERATED_REV.matcher(text);
    while (m.find()) {
      revisions.computeIfAbsent(m.group(1), k -> "REV" + (revisions.size() + 1));
    }
  }

  String apply(String text) {
    String s = text.replace(project, "<project>");
    s = CREATE_DATE.matcher(s).replaceAll("Create Date: <date>");
    for (Map.Entry<String, String> e : revisions.entrySet()) {
      s = s.replace(e.getKey(), e.getValue());
    }
    s = WARNING_LOCATION.matcher(s).replaceAll("UserWarning: ");
    s = s.replaceAll("(?m)^  util\\.warn\\(\\n", "");
    return reduceTracebacks(s);
  }

  /**
   * Keeps "Traceback (most recent call last):" and the exception lines after the last frame;
   * chained tracebacks collapse to the last one.
   */
  static String reduceTracebacks(String text) {
    int first = text.indexOf("Traceback (most recent call last):");
    if (first < 0) {
      return text;
    }
    int last = text.lastIndexOf("Traceback (most recent call last):");
    String before = text.substring(0, first);
    String tail = text.substring(last);
    List<String> kept = new ArrayList<>();
    for (String line : tail.split("\n", -1)) {
      if (line.startsWith(" ")) {
        continue;
      }
      kept.add(line);
    }
    return before + String.join("\n", kept);
  }
}
