package migrationtutor.engine.autogen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.DateType;
import migrationtutor.engine.schema.FloatType;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.NumericType;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringType;
import org.junit.jupiter.api.Test;

/**
 * {@code compare_type}'s rule on pairs of a reflected and a model type; each answer is what real
 * Alembic 1.8.1 decided for the same pair in autogen.golden's type-comparison case.
 */
class AutogenTypeComparisonTest {
  private static void assertDiffer(boolean expected, SqlType reflected, SqlType model) {
    assertEquals(
        expected,
        TypeComparison.differ(reflected, model),
        reflected.pythonRepr() + " vs " + model.pythonRepr());
  }

  private static StringType string(String cls, Integer length) {
    return new StringType(cls, length, null);
  }

  @Test
  void lengthsAndWords() {
    assertDiffer(false, string("VARCHAR", 10), string("String", 10));
    assertDiffer(false, string("VARCHAR", null), string("String", 50));
    assertDiffer(true, string("VARCHAR", 255), string("String", 100));
    assertDiffer(true, string("TEXT", null), string("String", null));
    assertDiffer(true, string("VARCHAR", 20), string("Text", null));
    assertDiffer(true, string("CHAR", 3), string("String", 3));
    assertDiffer(true, string("NVARCHAR", 20), string("Unicode", 20));
  }

  @Test
  void numbers() {
    assertDiffer(true, new IntegerType("INTEGER"), new IntegerType("BigInteger"));
    assertDiffer(true, new IntegerType("BIGINT"), new IntegerType("Integer"));
    assertDiffer(false, new IntegerType("SMALLINT"), new IntegerType("SmallInteger"));
    assertDiffer(true, new NumericType("NUMERIC", 10, 2), new NumericType("Numeric", 10, 3));
    // NUMERIC and DECIMAL are synonyms.
    assertDiffer(false, new NumericType("DECIMAL", 10, 2), new NumericType("Numeric", 10, 2));
    assertDiffer(false, new FloatType("FLOAT"), new FloatType("Float"));
    assertDiffer(true, new FloatType("REAL"), new FloatType("Float"));
    assertDiffer(true, new IntegerType("INTEGER"), new BooleanType("Boolean"));
    assertDiffer(false, new BooleanType("BOOLEAN"), new BooleanType("Boolean"));
  }

  @Test
  void datesAndTimes() {
    // SQLite has no time zones: DATETIME matches DateTime(timezone=True).
    assertDiffer(false, new DateTimeType("DATETIME", false), new DateTimeType("DateTime", true));
    assertDiffer(true, new DateType("DATE"), new DateTimeType("DateTime", false));
  }
}
