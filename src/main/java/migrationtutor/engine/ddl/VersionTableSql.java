package migrationtutor.engine.ddl;

import java.util.List;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.Table;

/**
 * The version table and the statements Alembic's {@code MigrationContext} and {@code
 * HeadMaintainer} run on it ({@code alembic/runtime/migration.py}). The revision ids are {@code
 * literal_column("'%s'")}s, so the statements carry no parameters online either.
 *
 * @param tableName {@code version_table}, normally {@code alembic_version}
 */
public record VersionTableSql(String tableName) {
  /** Validates the name. */
  public VersionTableSql {
    if (tableName == null || tableName.isEmpty()) {
      throw new IllegalArgumentException("the version table needs a name");
    }
  }

  /** The default {@code alembic_version} table. */
  public static VersionTableSql standard() {
    return new VersionTableSql("alembic_version");
  }

  /**
   * {@code Table(version_table, MetaData(), Column('version_num', String(32), nullable=False))}
   * with {@code PrimaryKeyConstraint('version_num', name='<table>_pkc')}.
   */
  public Table table() {
    Column versionNum = new Column("version_num", new StringType("String", 32), false);
    return new Table(
        tableName,
        List.of(versionNum),
        new PrimaryKeyConstraint(List.of("version_num"), tableName + "_pkc"),
        List.of(),
        List.of(),
        null,
        false,
        true);
  }

  /** {@code INSERT INTO alembic_version (version_num) VALUES ('<version>')}. */
  public SqlStatement insert(String version) {
    return new SqlStatement(
        "INSERT INTO " + table(tableName) + " (" + column() + ") VALUES (" + literal(version) + ")",
        SqlStatement.Kind.DML);
  }

  /**
   * {@code UPDATE alembic_version SET version_num='<to>' WHERE alembic_version.version_num =
   * '<from>'}: SQLAlchemy writes no spaces around {@code =} in SET.
   */
  public SqlStatement update(String fromVersion, String toVersion) {
    return new SqlStatement(
        "UPDATE "
            + table(tableName)
            + " SET "
            + column()
            + "="
            + literal(toVersion)
            + " WHERE "
            + qualifiedColumn()
            + " = "
            + literal(fromVersion),
        SqlStatement.Kind.DML);
  }

  /** {@code DELETE FROM alembic_version WHERE alembic_version.version_num = '<version>'}. */
  public SqlStatement delete(String version) {
    return new SqlStatement(
        "DELETE FROM "
            + table(tableName)
            + " WHERE "
            + qualifiedColumn()
            + " = "
            + literal(version),
        SqlStatement.Kind.DML);
  }

  private static String table(String name) {
    return SqliteIdentifierPreparer.quote(name);
  }

  private static String column() {
    return "version_num";
  }

  private String qualifiedColumn() {
    return table(tableName) + "." + column();
  }

  // literal_column("'%s'" % version): the quotes are part of the column text, nothing escaped.
  private static String literal(String version) {
    return "'" + version + "'";
  }
}
