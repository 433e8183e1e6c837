package migrationtutor.course.check;

import java.util.List;
import java.util.Optional;

/**
 * One line of a {@code check} block: something about the learner's workspace, database or
 * transcript that must hold for a step to pass. Each kind says in words what it checks ({@link
 * #describe}) and, when it fails, exactly what differs.
 */
public sealed interface Check {
  /** The lesson line the check is written on. */
  int line();

  /** What the check requires, in words a learner understands. */
  String describe();

  /** Where it looks (what {@code grade} can re-check). */
  Evidence evidence();

  /** Evaluates the check against {@code probe}. */
  CheckResult evaluate(Probe probe);

  /** {@code exists PATH}: a file or folder exists ({@code *} matches within a name). */
  record Exists(int line, String path) implements Check {
    public String describe() {
      return path + " exists";
    }

    public Evidence evidence() {
      return Evidence.WORKSPACE;
    }

    public CheckResult evaluate(Probe p) {
      return FileChecks.exists(this, p);
    }
  }

  /** {@code missing PATH}: nothing is at the path. */
  record Missing(int line, String path) implements Check {
    public String describe() {
      return path + " does not exist";
    }

    public Evidence evidence() {
      return Evidence.WORKSPACE;
    }

    public CheckResult evaluate(Probe p) {
      return FileChecks.missing(this, p);
    }
  }

  /** {@code contains PATH TEXT}: the file holds the text (runs of blanks count as one). */
  record Contains(int line, String path, String text) implements Check {
    public String describe() {
      return path + " contains `" + text + "`";
    }

    public Evidence evidence() {
      return Evidence.WORKSPACE;
    }

    public CheckResult evaluate(Probe p) {
      return FileChecks.contains(this, p);
    }
  }

  /** {@code matches PATH REGEX}: a line of the file matches the regular expression. */
  record Matches(int line, String path, String regex) implements Check {
    public String describe() {
      return path + " has a line matching /" + regex + "/";
    }

    public Evidence evidence() {
      return Evidence.WORKSPACE;
    }

    public CheckResult evaluate(Probe p) {
      return FileChecks.matches(this, p);
    }
  }

  /** {@code target-metadata}: env.py's target_metadata is the project's Base.metadata. */
  record TargetMetadata(int line) implements Check {
    public String describe() {
      return "env.py imports the project's Base and its models and sets"
          + " target_metadata = Base.metadata";
    }

    public Evidence evidence() {
      return Evidence.WORKSPACE;
    }

    public CheckResult evaluate(Probe p) {
      return EnvPyCheck.evaluate(this, p);
    }
  }

  /** {@code ini KEY VALUE}: an option of alembic.ini's [alembic] section. */
  record IniOption(int line, String key, String value) implements Check {
    public String describe() {
      return key + " in alembic.ini is " + value;
    }

    public Evidence evidence() {
      return Evidence.WORKSPACE;
    }

    public CheckResult evaluate(Probe p) {
      return FileChecks.ini(this, p);
    }
  }

  /** {@code revision MESSAGE [revises PARENT]}: a revision file with that message exists. */
  record RevisionExists(int line, String message, Optional<String> revises) implements Check {
    public String describe() {
      return "a revision \""
          + message
          + "\" exists"
          + revises
              .map(r -> r.equals("base") ? " and starts from base" : " and revises " + r)
              .orElse("");
    }

    public Evidence evidence() {
      return Evidence.WORKSPACE;
    }

    public CheckResult evaluate(Probe p) {
      return RevisionChecks.exists(this, p);
    }
  }

  /** {@code at head|base|MESSAGE}: the revision the database is at. */
  record DatabaseAt(int line, String target) implements Check {
    public String describe() {
      return "the database is at " + target;
    }

    public Evidence evidence() {
      return Evidence.DATABASE;
    }

    public CheckResult evaluate(Probe p) {
      return RevisionChecks.at(this, p);
    }
  }

  /** {@code tables NAME...}: exactly these tables exist. */
  record Tables(int line, List<String> names) implements Check {
    public Tables {
      names = List.copyOf(names);
    }

    public String describe() {
      return "the database has exactly the tables " + String.join(", ", names);
    }

    public Evidence evidence() {
      return Evidence.DATABASE;
    }

    public CheckResult evaluate(Probe p) {
      return DatabaseChecks.tables(this, p);
    }
  }

  /** {@code table NAME}: the table exists. */
  record TableExists(int line, String table) implements Check {
    public String describe() {
      return "the table " + table + " exists";
    }

    public Evidence evidence() {
      return Evidence.DATABASE;
    }

    public CheckResult evaluate(Probe p) {
      return DatabaseChecks.table(this, p);
    }
  }

  /** {@code no-table NAME}: the table does not exist. */
  record NoTable(int line, String table) implements Check {
    public String describe() {
      return "there is no table " + table;
    }

    public Evidence evidence() {
      return Evidence.DATABASE;
    }

    public CheckResult evaluate(Probe p) {
      return DatabaseChecks.noTable(this, p);
    }
  }

  /** {@code column TABLE.COLUMN [TYPE] [NULL|NOT NULL]}: the column exists (as declared). */
  record ColumnExists(int line, String table, String column, ColumnSpec spec) implements Check {
    public String describe() {
      return table + " has a column " + column + (spec.isAny() ? "" : " (" + spec + ")");
    }

    public Evidence evidence() {
      return Evidence.DATABASE;
    }

    public CheckResult evaluate(Probe p) {
      return DatabaseChecks.column(this, p);
    }
  }

  /** {@code no-column TABLE.COLUMN}: the column does not exist. */
  record NoColumn(int line, String table, String column) implements Check {
    public String describe() {
      return table + " has no column " + column;
    }

    public Evidence evidence() {
      return Evidence.DATABASE;
    }

    public CheckResult evaluate(Probe p) {
      return DatabaseChecks.noColumn(this, p);
    }
  }

  /** {@code schema NAME}: the table of the expected schema NAME is exactly like it. */
  record SchemaIs(int line, String schema) implements Check {
    public String describe() {
      return "the table is exactly as in the schema " + schema;
    }

    public Evidence evidence() {
      return Evidence.DATABASE;
    }

    public CheckResult evaluate(Probe p) {
      return DatabaseChecks.schema(this, p);
    }
  }

  /** {@code rows TABLE COUNT}: how many rows the table has. */
  record Rows(int line, String table, int count) implements Check {
    public String describe() {
      return table + " has " + count + (count == 1 ? " row" : " rows");
    }

    public Evidence evidence() {
      return Evidence.DATABASE;
    }

    public CheckResult evaluate(Probe p) {
      return DatabaseChecks.rows(this, p);
    }
  }

  /** {@code rows-kept TABLE}: the starter's rows are all there, with the same values. */
  record RowsKept(int line, String table) implements Check {
    public String describe() {
      return "every row the project started with is still in " + table + ", unchanged";
    }

    public Evidence evidence() {
      return Evidence.DATABASE;
    }

    public CheckResult evaluate(Probe p) {
      return DatabaseChecks.rowsKept(this, p);
    }
  }

  /** {@code upgrade MESSAGE SCHEMA}: on a scratch copy, upgrade() leaves the table as SCHEMA. */
  record UpgradeGives(int line, String message, String schema) implements Check {
    public String describe() {
      return "upgrade() of \"" + message + "\" leaves the table as in the schema " + schema;
    }

    public Evidence evidence() {
      return Evidence.WORKSPACE;
    }

    public CheckResult evaluate(Probe p) {
      return MigrationChecks.upgrade(this, p);
    }
  }

  /** {@code downgrade MESSAGE SCHEMA}: on a scratch copy, downgrade() leaves it as SCHEMA. */
  record DowngradeGives(int line, String message, String schema) implements Check {
    public String describe() {
      return "downgrade() of \"" + message + "\" leaves the table as in the schema " + schema;
    }

    public Evidence evidence() {
      return Evidence.WORKSPACE;
    }

    public CheckResult evaluate(Probe p) {
      return MigrationChecks.downgrade(this, p);
    }
  }

  /** {@code round-trip MESSAGE}: upgrade, downgrade, upgrade keep every table and row. */
  record RoundTrip(int line, String message) implements Check {
    public String describe() {
      return "\""
          + message
          + "\" survives upgrade, downgrade and upgrade again: the schema comes back and no row"
          + " is lost";
    }

    public Evidence evidence() {
      return Evidence.WORKSPACE;
    }

    public CheckResult evaluate(Probe p) {
      return MigrationChecks.roundTrip(this, p);
    }
  }

  /** {@code ran COMMAND [| COMMAND]...}: the learner ran the command (by meaning) successfully. */
  record Ran(int line, List<String> commands) implements Check {
    public Ran {
      commands = List.copyOf(commands);
    }

    public String describe() {
      return "you ran " + TranscriptChecks.alternatives(commands);
    }

    public Evidence evidence() {
      return Evidence.TRANSCRIPT;
    }

    public CheckResult evaluate(Probe p) {
      return TranscriptChecks.ran(this, p);
    }
  }

  /** {@code read PATH}: the learner looked at the file (cat, head, tail, sed -n, an editor). */
  record Read(int line, String path) implements Check {
    public String describe() {
      return "you looked at " + path;
    }

    public Evidence evidence() {
      return Evidence.TRANSCRIPT;
    }

    public CheckResult evaluate(Probe p) {
      return TranscriptChecks.read(this, p);
    }
  }

  /** {@code output COMMAND TEXT}: a run of the command printed the text. */
  record Output(int line, String command, String text) implements Check {
    public String describe() {
      return "`" + command + "` showed `" + text + "`";
    }

    public Evidence evidence() {
      return Evidence.TRANSCRIPT;
    }

    public CheckResult evaluate(Probe p) {
      return TranscriptChecks.output(this, p);
    }
  }

  /** {@code last-output TEXT}: the last command printed the text. */
  record LastOutput(int line, String text) implements Check {
    public String describe() {
      return "the last command showed `" + text + "`";
    }

    public Evidence evidence() {
      return Evidence.TRANSCRIPT;
    }

    public CheckResult evaluate(Probe p) {
      return TranscriptChecks.lastOutput(this, p);
    }
  }
}
