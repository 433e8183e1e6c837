package migrationtutor.sandbox.shell.files;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code ls -l} lines as GNU ls 9.1 prints them in the C.UTF-8 locale: mode, links (right-aligned),
 * owner and group (left-aligned), size (right-aligned, or {@code -h}), the modification time
 * ({@code Nov 22 10:28} within the last six months, {@code Nov 22 2023} otherwise) and the name,
 * with {@code -> target} for links.
 */
final class LongFormat {
  private static final long SIX_MONTHS_SECONDS = 31556952L / 2;
  private static final DateTimeFormatter RECENT =
      DateTimeFormatter.ofPattern("MMM ppd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter OLD =
      DateTimeFormatter.ofPattern("MMM ppd  yyyy", Locale.ROOT);

  private LongFormat() {}

  static String lines(
      List<FileInfo> files, List<String> shownNames, boolean human, Instant now, ZoneId zone) {
    int linkW = 0;
    int ownerW = 0;
    int groupW = 0;
    int sizeW = 0;
    for (FileInfo f : files) {
      linkW = Math.max(linkW, Long.toString(f.links()).length());
      ownerW = Math.max(ownerW, f.owner().length());
      groupW = Math.max(groupW, f.group().length());
      sizeW = Math.max(sizeW, size(f, human).length());
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < files.size(); i++) {
      FileInfo f = files.get(i);
      b.append(f.modeString()).append(' ');
      pad(b, Long.toString(f.links()), linkW, true);
      b.append(' ');
      pad(b, f.owner(), ownerW, false);
      b.append(' ');
      pad(b, f.group(), groupW, false);
      b.append(' ');
      pad(b, size(f, human), sizeW, true);
      b.append(' ').append(date(f.mtime(), now, zone)).append(' ').append(shownNames.get(i));
      if (f.target() != null) {
        b.append(" -> ").append(f.target());
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String size(FileInfo f, boolean human) {
    return human ? HumanSize.format(f.size()) : Long.toString(f.size());
  }

  static String date(long mtimeNanos, Instant now, ZoneId zone) {
    Instant when =
        Instant.ofEpochSecond(
            Math.floorDiv(mtimeNanos, 1_000_000_000L), Math.floorMod(mtimeNanos, 1_000_000_000L));
    Instant sixMonthsAgo = now.minusSeconds(SIX_MONTHS_SECONDS);
    boolean recent = when.isAfter(sixMonthsAgo) && !when.isAfter(now);
    ZonedDateTime t = when.atZone(zone);
    return (recent ? RECENT : OLD).format(t);
  }

  private static void pad(StringBuilder b, String s, int width, boolean right) {
    if (right) {
      b.append(" ".repeat(width - s.length())).append(s);
    } else {
      b.append(s).append(" ".repeat(width - s.length()));
    }
  }
}
