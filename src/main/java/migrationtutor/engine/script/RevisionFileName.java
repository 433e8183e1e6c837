package migrationtutor.engine.script;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.util.PercentFormat;

/** The file name of a new revision: {@code ScriptDirectory._rev_path}'s slug and template rules. */
public final class RevisionFileName {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private RevisionFileName() {}

  /**
   * The slug of a message: {@code '_'.join(re.findall(r'\w+', message)).lower()}, cut to the given
   * length at the last underscore with one appended when too long.
   */
  public static String slug(String message, int truncateLength) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(message == null ? "" : message);
    while (m.find()) {
      words.add(m.group());
    }
    String slug = String.join("_", words).toLowerCase(Locale.ROOT);
    if (slug.codePointCount(0, slug.length()) > truncateLength) {
      String cut = slug.substring(0, slug.offsetByCodePoints(0, truncateLength));
      int last = cut.lastIndexOf('_');
      slug = (last < 0 ? cut : cut.substring(0, last)) + "_";
    }
    return slug;
  }

  /** The file name ({@code <template>.py}) for a revision created at {@code createDate}. */
  public static String of(
      String template, String revId, String message, int truncateLength, ZonedDateTime createDate) {
    Map<String, Object> values = new HashMap<>();
    values.put("rev", revId);
    values.put("slug", slug(message, truncateLength));
    values.put("epoch", createDate.toEpochSecond());
    values.put("year", createDate.getYear());
    values.put("month", createDate.getMonthValue());
    values.put("day", createDate.getDayOfMonth());
    values.put("hour", createDate.getHour());
    values.put("minute", createDate.getMinute());
    values.put("second", createDate.getSecond());
    try {
      return PercentFormat.format(template, values) + ".py";
    } catch (IllegalArgumentException e) {
      throw new PythonError(
          e.getMessage().startsWith("'") ? "KeyError" : "ValueError", e.getMessage());
    }
  }
}
