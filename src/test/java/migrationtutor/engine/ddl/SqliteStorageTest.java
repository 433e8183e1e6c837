package migrationtutor.engine.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.StringServerDefault;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the engine's DDL on a real SQLite (sqlite-jdbc, SQLite 3.51) in a temporary file and reads
 * back what SQLite stores in {@code sqlite_master}, as {@code sqlite3 .schema} shows it.
 */
class SqliteStorageTest {
  @TempDir Path dir;
  private Connection connection;
  private SqliteImpl impl;

  @BeforeEach
  void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("database.db"));
    impl = new SqliteImpl(new JdbcSqlSink(connection), ImplOptions.plain(), w -> {});
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  /** The starter project's {@code todos} table (reference step 00). */
  private static Table todos() {
    return Table.assemble(
        "todos",
        List.of(
            new Column("id", new IntegerType("Integer")).withPrimaryKey(true),
            new Column("title", new StringType("String", 255), false),
            new Column("description", new StringType("Text"), true),
            new Column("is_completed", new BooleanType("Boolean"), false),
            new Column("created_at", new DateTimeType("DateTime", false), false)));
  }

  @Test
  void theseNotesAreAboutSqlite351() throws SQLException {
    assertTrue(query("SELECT sqlite_version()").get(0).startsWith("3.51."));
  }

  @Test
  void createTableIsStoredAsCompiledWithoutTheSurroundingNewlines() throws SQLException {
    impl.createTable(todos());
    assertEquals(
        "CREATE TABLE todos (\n"
            + "\tid INTEGER NOT NULL, \n"
            + "\ttitle VARCHAR(255) NOT NULL, \n"
            + "\tdescription TEXT, \n"
            + "\tis_completed BOOLEAN NOT NULL, \n"
            + "\tcreated_at DATETIME NOT NULL, \n"
            + "\tPRIMARY KEY (id)\n"
            + ")",
        storedSql("todos"));
  }

  @Test
  void addColumnIsAppendedOnTheLineOfTheLastColumn() throws SQLException {
    impl.createTable(todos());
    impl.addColumn("todos", new Column("deleted_at", new DateTimeType("DateTime", true), true));
    // Reference step 06 (SQLite 3.40) shows the same text; 3.51 still splices ", <column>" in
    // right after the last column definition, before that line's ", ".
    assertEquals(
        "CREATE TABLE todos (\n"
            + "\tid INTEGER NOT NULL, \n"
            + "\ttitle VARCHAR(255) NOT NULL, \n"
            + "\tdescription TEXT, \n"
            + "\tis_completed BOOLEAN NOT NULL, \n"
            + "\tcreated_at DATETIME NOT NULL, deleted_at DATETIME, \n"
            + "\tPRIMARY KEY (id)\n"
            + ")",
        storedSql("todos"));
  }

  @Test
  void notNullColumnWithoutDefaultFailsOnlyWhenTheTableHasRows() throws SQLException {
    impl.createTable(todos());
    Column status = new Column("status", new StringType("String", 20), false);
    impl.addColumn("todos", status);
    impl.dropColumn("todos", "status");
    insertTodo();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> impl.addColumn("todos", status));
    assertTrue(
        e.getMessage().contains("Cannot add a NOT NULL column with default value NULL"),
        e.getMessage());
    impl.addColumn("todos", status.withServerDefault(new StringServerDefault("todo")));
    assertEquals("todo", query("SELECT status FROM todos").get(0));
  }

  @Test
  void genericAlterColumnIsASyntaxErrorOnSqlite() {
    impl.createTable(todos());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> impl.alterColumn(ColumnAlteration.of("todos", "title").withNullable(true)));
    assertTrue(e.getMessage().contains("near \"ALTER\": syntax error"), e.getMessage());
  }

  @Test
  void renamesAndDropColumnRunOnSqlite() throws SQLException {
    impl.createTable(todos());
    impl.alterColumn(ColumnAlteration.of("todos", "title").withNewName("name"));
    impl.dropColumn("todos", "description");
    impl.renameTable("todos", "Tasks");
    // SQLite rewrites the stored text on renames, quoting the new table name itself.
    assertEquals(
        "CREATE TABLE \"Tasks\" (\n"
            + "\tid INTEGER NOT NULL, \n"
            + "\tname VARCHAR(255) NOT NULL, \n"
            + "\tis_completed BOOLEAN NOT NULL, \n"
            + "\tcreated_at DATETIME NOT NULL, \n"
            + "\tPRIMARY KEY (id)\n"
            + ")",
        storedSql("Tasks"));
  }

  @Test
  void bulkInsertAndVersionTableStatementsRun() throws SQLException {
    impl.createTable(todos());
    Table rows =
        new Table(
            "todos",
            List.of(
                new Column("id", new IntegerType("Integer")),
                new Column("title", new StringType("String")),
                new Column("is_completed", new BooleanType("Boolean")),
                new Column("created_at", new DateTimeType("DateTime", false))));
    List<Map<String, Object>> data = new ArrayList<>();
    for (long id = 1; id <= 2; id++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", id);
      row.put("title", "o'clock " + id);
      row.put("is_completed", id == 2);
      row.put("created_at", LocalDateTime.of(2024, 1, 1, 9, 0));
      data.add(row);
    }
    impl.bulkInsert(rows, data, true);
    assertEquals(
        List.of(
            "1|o'clock 1|0|2024-01-01 09:00:00.000000", "2|o'clock 2|1|2024-01-01 09:00:00.000000"),
        query("SELECT id || '|' || title || '|' || is_completed || '|' || created_at FROM todos"));

    VersionTableSql version = VersionTableSql.standard();
    JdbcSqlSink sink = new JdbcSqlSink(connection);
    impl.createTable(version.table());
    sink.execute(version.insert("7ef08f4a0da7"));
    sink.execute(version.update("7ef08f4a0da7", "754f44a882e4"));
    assertEquals(List.of("754f44a882e4"), query("SELECT version_num FROM alembic_version"));
    sink.execute(version.delete("754f44a882e4"));
    assertEquals(List.of(), query("SELECT version_num FROM alembic_version"));
  }

  private void insertTodo() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(
          "INSERT INTO todos (title, is_completed, created_at)"
              + " VALUES ('a', 0, '2024-01-01 00:00:00.000000')");
    }
  }

  private String storedSql(String table) throws SQLException {
    List<String> sql = query("SELECT sql FROM sqlite_master WHERE name = '" + table + "'");
    assertEquals(1, sql.size(), "one table named " + table);
    return sql.get(0);
  }

  private List<String> query(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
