package migrationtutor.engine.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Identifier quoting against SQLAlchemy's SQLiteIdentifierPreparer (quoting.golden). */
class QuotingGoldenTest {
  @TestFactory
  Stream<DynamicTest> quotesLikeSqlAlchemy() {
    return Goldens.read("quoting.golden").values().stream()
        .map(
            text -> {
              String[] lines = text.split("\n", -1);
              return DynamicTest.dynamicTest(
                  lines[0], () -> assertEquals(lines[1], SqliteIdentifierPreparer.quote(lines[0])));
            });
  }
}
