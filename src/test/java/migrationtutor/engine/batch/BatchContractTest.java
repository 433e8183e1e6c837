package migrationtutor.engine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import migrationtutor.engine.ddl.ImplOptions;
import migrationtutor.engine.ddl.SqlSink;
import migrationtutor.engine.ddl.SqlStatement;
import migrationtutor.engine.ddl.SqliteImpl;
import migrationtutor.engine.reflect.ReflectedColumn;
import migrationtutor.engine.reflect.TestDatabase;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.UnsupportedConstructException;
import migrationtutor.engine.sqlite.OnlineSqlSink;
import migrationtutor.engine.sqlite.SqliteSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's own contracts around the flush: what it refuses and the helpers it exposes. */
class BatchContractTest {
  private static final SqlSink NOWHERE =
      new SqlSink() {
        @Override
        public void execute(SqlStatement statement) {}

        @Override
        public boolean isOffline() {
          return false;
        }
      };

  @Test
  void onlineRecreateNeedsTheConnection() {
    SqliteImpl impl = new SqliteImpl(NOWHERE, ImplOptions.plain(), w -> {});
    BatchRequest r = BatchScenarioParts.req("todos").always().build();
    assertThrows(
        IllegalArgumentException.class,
        () -> BatchOperationsImpl.flush(r, impl, NOWHERE, Optional.empty(), w -> {}));
  }

  @Test
  void unknownTableKwargsAreNamed(@TempDir Path dir) {
    BatchRequest r =
        BatchScenarioParts.req("todos").always().kwarg("mysql_engine", "InnoDB").build();
    UnsupportedConstructException e =
        assertThrows(UnsupportedConstructException.class, () -> flushOn(dir, r, new ArrayList<>()));
    assertTrue(e.getMessage().contains("mysql_engine"), e.getMessage());
  }

  @Test
  void expressionIndexOnARecreatedTableIsRefusedBeforeTheIndexes(@TempDir Path dir) {
    Index ix =
        new Index("ix_lower", "todos", List.of(IndexElement.text("lower(title)")), false, null);
    BatchRequest r =
        BatchScenarioParts.req("todos").always().op(new BatchOp.CreateIndex(ix)).build();
    List<String> sql = new ArrayList<>();
    assertThrows(UnsupportedConstructException.class, () -> flushOn(dir, r, sql));
    assertTrue(sql.get(sql.size() - 1).startsWith("ALTER TABLE _alembic_tmp_todos RENAME"));
  }

  @Test
  void autogenReflectParenthesisesExpressionDefaults() {
    assertEquals("0", reflectDefault("0"));
    assertEquals("(10)", reflectDefault("10"));
    assertEquals("'a'", reflectDefault("'a'"));
    assertEquals("(CURRENT_TIMESTAMP)", reflectDefault("CURRENT_TIMESTAMP"));
    assertEquals("(1 + 1)", reflectDefault("(1 + 1)"));
    assertEquals(null, reflectDefault(null));
  }

  @Test
  void tempNameIsCutAtFiftyCharacters() {
    String name = ApplyBatchImpl.calcTempName("t".repeat(60));
    assertEquals(50, name.length());
    assertTrue(name.startsWith("_alembic_tmp_ttt"));
    assertEquals("_alembic_tmp_todos", ApplyBatchImpl.calcTempName("todos"));
  }

  private static String reflectDefault(String text) {
    return BatchOperationsImpl.autogenReflect(
            new ReflectedColumn("c", new IntegerType("INTEGER"), true, text, 0))
        .defaultText();
  }

  private static void flushOn(Path dir, BatchRequest r, List<String> sql) {
    Path db = dir.resolve("t.db");
    TestDatabase.build(db, "todos.sql");
    try (SqliteSession session = SqliteSession.open(db)) {
      OnlineSqlSink online = new OnlineSqlSink(session);
      SqlSink sink =
          new SqlSink() {
            @Override
            public void execute(SqlStatement statement) {
              sql.add(statement.sql().strip());
              online.execute(statement);
            }

            @Override
            public boolean isOffline() {
              return false;
            }
          };
      SqliteImpl impl = new SqliteImpl(sink, ImplOptions.plain(), w -> {});
      BatchOperationsImpl.flush(r, impl, sink, Optional.of(session), w -> {});
    }
  }
}
