package migrationtutor.engine.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which strings Python 3.11's sqlite3 refuses as "more than one statement" (checked with it). */
class StatementTailTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "UPDATE t SET a = 1|false",
        "UPDATE t SET a = 1;|false",
        "~UPDATE t SET a = 1;  \n  -- done\n~|false",
        "UPDATE t SET a = 1; /* c */ |false",
        "UPDATE t SET a = 1; /* unterminated|false",
        "UPDATE t SET a = 1; UPDATE t SET a = 2|true",
        "UPDATE t SET a = 1;;|true",
        "UPDATE t SET a = ';'|false",
        "UPDATE t SET a = 'x'';'; |false",
        "UPDATE t SET \"a\" = 1 -- ; x|false",
        "UPDATE t SET a = 1 /* ; */|false",
        "UPDATE t SET a = 1; -|true",
        "CREATE TRIGGER tr AFTER UPDATE ON t BEGIN UPDATE t SET a = 2 WHERE a = 3; END;|false",
        "CREATE TRIGGER tr2 AFTER UPDATE ON t BEGIN UPDATE t SET a = 2; END; SELECT 1|true",
        "create temp trigger tr3 after update on t begin select 1; select 2; end|false"
      })
  void refusesWhatSqlite3Refuses(String sql, boolean refused) {
    assertEquals(refused, StatementTail.hasSecondStatement(sql), sql);
  }
}
