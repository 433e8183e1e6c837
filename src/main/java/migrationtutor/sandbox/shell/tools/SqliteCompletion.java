package migrationtutor.sandbox.shell.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.CommandContext;
import org.sqlite.SQLiteConfig;

/**
 * Completion for sqlite3: its dot commands, and table names after {@code .schema}, {@code
 * .indexes}, {@code .dump} and the like, read from the database (opened read-only, only if it
 * exists, only inside the workspace).
 */
final class SqliteCompletion {
  private static final List<String> DOT =
      List.of(
          ".tables",
          ".schema",
          ".headers on",
          ".headers off",
          ".mode",
          ".mode box",
          ".mode column",
          ".mode list",
          ".mode table",
          ".mode csv",
          ".mode line",
          ".mode markdown",
          ".indexes",
          ".dump",
          ".databases",
          ".help",
          ".quit",
          ".exit",
          ".show",
          ".nullvalue",
          ".width",
          ".read",
          ".timer on",
          ".timer off",
          ".changes on",
          ".fullschema",
          ".print",
          ".separator",
          ".bail on",
          ".echo on",
          ".eqp on");
  private static final List<String> TAKES_TABLE =
      List.of(".schema", ".indexes", ".indices", ".dump");

  private SqliteCompletion() {}

  /** A command-line argument after the database: usually a quoted dot command. */
  static List<Candidate> argument(CommandContext ctx, String db, String prefix) {
    return complete(ctx, db, prefix);
  }

  /**
   * The last word of a line typed at the {@code sqlite>} prompt: a dot command at the start of the
   * line, otherwise a table name.
   */
  static List<Candidate> atPrompt(CommandContext ctx, String db, String line, int cursor) {
    String head = line.substring(0, Math.min(cursor, line.length()));
    int space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'));
    String word = head.substring(space + 1);
    List<Candidate> out = new ArrayList<>();
    if (space < 0 && word.startsWith(".")) {
      for (String d : DOT) {
        String name = d.split(" ")[0];
        if (name.startsWith(word) && out.stream().noneMatch(c -> c.value().equals(name))) {
          out.add(new Candidate(name, "", true));
        }
      }
      return out;
    }
    for (String t : tables(ctx, db)) {
      if (t.startsWith(word)) {
        out.add(Candidate.of(t));
      }
    }
    return out;
  }

  private static List<Candidate> complete(CommandContext ctx, String db, String prefix) {
    List<Candidate> out = new ArrayList<>();
    for (String cmd : TAKES_TABLE) {
      if (prefix.startsWith(cmd + " ")) {
        String part = prefix.substring(cmd.length() + 1);
        for (String t : tables(ctx, db)) {
          if (t.startsWith(part)) {
            out.add(Candidate.of(cmd + " " + t));
          }
        }
        return out;
      }
    }
    if (prefix.startsWith(".") || prefix.isEmpty()) {
      for (String d : DOT) {
        if (d.startsWith(prefix)) {
          boolean takesMore = TAKES_TABLE.contains(d) || d.equals(".mode");
          // ".schema " then offers the tables.
          out.add(new Candidate(takesMore ? d + " " : d, "", !takesMore));
        }
      }
    }
    return out;
  }

  /** The tables and views of {@code db}, sorted; none when it is missing or unreadable. */
  static List<String> tables(CommandContext ctx, String db) {
    List<String> out = new ArrayList<>();
    Path p;
    try {
      p = ctx.resolve(db);
    } catch (IOException e) {
      return out;
    }
    if (!Files.isRegularFile(p) || ctx.paths().isTutorPath(p)) {
      return out;
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection c = config.createConnection("jdbc:sqlite:" + p);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type IN ('table',"
                    + " 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      // Not a database, or locked: no table names to offer.
    }
    return out;
  }
}
