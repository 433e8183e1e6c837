package migrationtutor.sandbox.shell.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.workspace.Footprint;

/**
 * What an {@code alembic} command may change, for undo: its config file, the script folder ({@code
 * init}'s argument, or {@code script_location} from the config, which holds env.py and versions/),
 * the database its {@code sqlalchemy.url} names, and every SQLite file in the workspace (env.py may
 * pick its URL at run time).
 */
final class AlembicFootprint {
  private static final Pattern SCRIPT_LOCATION =
      Pattern.compile("(?m)^\\s*script_location\\s*[=:]\\s*(.+?)\\s*$");
  private static final Pattern URL =
      Pattern.compile("(?m)^\\s*sqlalchemy\\.url\\s*[=:]\\s*sqlite:///(.+?)\\s*$");

  private AlembicFootprint() {}

  static Footprint of(CommandContext ctx, List<String> args) {
    List<String> paths = new ArrayList<>();
    String config = ctx.environment().getOrDefault("ALEMBIC_CONFIG", "alembic.ini");
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if ((a.equals("-c") || a.equals("--config")) && i + 1 < args.size()) {
        config = args.get(++i);
      } else if (a.startsWith("--config=")) {
        config = a.substring("--config=".length());
      } else if (a.equals("init")) {
        for (int j = i + 1; j < args.size(); j++) {
          if (args.get(j).equals("-t") || args.get(j).equals("--template")) {
            j++;
          } else if (!args.get(j).startsWith("-")) {
            paths.add(args.get(j));
            break;
          }
        }
      }
    }
    paths.add(config);
    paths.add("alembic");
    try {
      Path file = ctx.resolve(config);
      if (Files.isRegularFile(file) && Files.size(file) < (1 << 20)) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String here = file.getParent().toString();
        Matcher m = SCRIPT_LOCATION.matcher(text);
        if (m.find()) {
          paths.add(m.group(1).replace("%(here)s", here));
        }
        Matcher u = URL.matcher(text);
        if (u.find()) {
          Databases.withJournals(u.group(1).replace("%(here)s", here), paths);
        }
      }
    } catch (IOException | RuntimeException e) {
      // An unreadable config: the command reports it; the defaults above are kept anyway.
    }
    Footprint fp = ctx.footprintOf(paths);
    return fp.union(Footprint.of(new java.util.TreeSet<>(Databases.all(ctx))));
  }
}
