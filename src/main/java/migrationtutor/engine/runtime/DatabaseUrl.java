package migrationtutor.engine.runtime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.PythonError;

/**
 * A database URL read as SQLAlchemy 1.4's {@code make_url} reads it.
 *
 * @param text the URL as written
 * @param drivername e.g. {@code sqlite} or {@code sqlite+aiosqlite}
 * @param database the database part (a file path for SQLite), or null
 */
public record DatabaseUrl(
    String text,
    String drivername,
    String username,
    String password,
    String host,
    String port,
    String database,
    Map<String, String> query) {

  // sqlalchemy.engine.url._parse_rfc1738_args
  private static final Pattern RFC1738 =
      Pattern.compile(
          "(?<name>[\\w+]+)://"
              + "(?:(?<username>[^:/]*)(?::(?<password>[^@]*))?@)?"
              + "(?:(?:\\[(?<ipv6host>[^/?]+)\\]|(?<ipv4host>[^/:?]+))?"
              + "(?::(?<port>[^/?]*))?)?"
              + "(?:/(?<database>[^?]*))?"
              + "(?:\\?(?<query>.*))?",
          Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);

  /** Known SQLAlchemy dialect names: a URL naming one of these is valid but not SQLite. */
  private static final java.util.Set<String> OTHER_DIALECTS =
      java.util.Set.of("postgresql", "postgres", "mysql", "mariadb", "oracle", "mssql");

  /**
   * Parses a URL.
   *
   * @throws PythonError {@code sqlalchemy.exc.ArgumentError} when SQLAlchemy could not parse it
   */
  public static DatabaseUrl parse(String text) {
    Matcher m = RFC1738.matcher(text);
    if (!m.matches()) {
      throw new PythonError(
          "sqlalchemy.exc.ArgumentError", "Could not parse rfc1738 URL from string '" + text + "'");
    }
    Map<String, String> query = new TreeMap<>();
    if (m.group("query") != null) {
      for (String pair : m.group("query").split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String k = eq < 0 ? pair : pair.substring(0, eq);
        String v = eq < 0 ? "" : pair.substring(eq + 1);
        query.put(decode(k), decode(v));
      }
    }
    String host = m.group("ipv6host") != null ? m.group("ipv6host") : m.group("ipv4host");
    return new DatabaseUrl(
        text,
        m.group("name"),
        decodeOrNull(m.group("username")),
        decodeOrNull(m.group("password")),
        host,
        m.group("port"),
        m.group("database"),
        query);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String decodeOrNull(String s) {
    return s == null ? null : decode(s);
  }

  /** The backend name: the part of the driver name before {@code +}. */
  public String backend() {
    int plus = drivername.indexOf('+');
    return (plus < 0 ? drivername : drivername.substring(0, plus)).toLowerCase(Locale.ROOT);
  }

  /** Whether this names a SQLite database. */
  public boolean isSqlite() {
    return backend().equals("sqlite");
  }

  /** Whether SQLAlchemy knows the dialect (a placeholder such as {@code driver://} it does not). */
  public boolean isKnownDialect() {
    return isSqlite() || OTHER_DIALECTS.contains(backend());
  }

  /**
   * The error SQLAlchemy raises for an unknown dialect ({@code driver://user:pass@localhost/dbname}
   * straight after {@code alembic init}).
   */
  public PythonError unknownDialect() {
    return new PythonError(
        "sqlalchemy.exc.NoSuchModuleError",
        "Can't load plugin: sqlalchemy.dialects:" + drivername.replace('+', '.'));
  }

  /** Whether this is an in-memory SQLite database ({@code sqlite://}). */
  public boolean isMemory() {
    return database == null || database.isEmpty() || database.equals(":memory:");
  }

  /** The SQLite file, resolved against the working directory as pysqlite does. */
  public Optional<Path> sqliteFile(Path workingDir) {
    if (!isSqlite() || isMemory()) {
      return Optional.empty();
    }
    return Optional.of(workingDir.resolve(database).normalize());
  }

  /**
   * The URL as Alembic prints it in {@code current -v}: SQLAlchemy's rendering with the password
   * replaced by {@code XXXXX}.
   */
  public String obfuscated() {
    StringBuilder sb = new StringBuilder(drivername).append("://");
    if (username != null) {
      sb.append(quote(username));
      if (password != null) {
        sb.append(":XXXXX");
      }
      sb.append('@');
    }
    if (host != null) {
      sb.append(host.contains(":") ? "[" + host + "]" : host);
    }
    if (port != null) {
      sb.append(':').append(port);
    }
    if (database != null) {
      sb.append('/').append(database);
    }
    if (!query.isEmpty()) {
      StringBuilder q = new StringBuilder();
      for (Map.Entry<String, String> e : query.entrySet()) {
        q.append(q.length() == 0 ? "?" : "&")
            .append(quote(e.getKey()))
            .append('=')
            .append(quote(e.getValue()));
      }
      sb.append(q);
    }
    return sb.toString();
  }

  private static String quote(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
