package migrationtutor.engine.ddl;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.EnumType;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TypeBoundCheckConstraint;
import migrationtutor.engine.schema.UniqueConstraint;

/**
 * Renders table constraints as {@code DDLCompiler} / {@code SQLiteDDLCompiler} do: {@code
 * visit_primary_key_constraint}, {@code visit_unique_constraint}, {@code
 * visit_foreign_key_constraint}, {@code visit_check_constraint}, with {@code CONSTRAINT <name>}
 * before named ones and the deferrability clauses after.
 */
final class ConstraintCompiler {
  private ConstraintCompiler() {}

  // compiler.FK_ON_DELETE / FK_ON_UPDATE / FK_INITIALLY, used with re.match.
  private static final String CASCADE_PATTERN =
      "^(?:RESTRICT|CASCADE|SET NULL|NO ACTION|SET DEFAULT)$";
  private static final String INITIALLY_PATTERN = "^(?:DEFERRED|IMMEDIATE)$";

  /**
   * The constraint's DDL, or null where SQLAlchemy returns None (a single-column primary key that
   * {@code sqlite_autoincrement} renders inline instead).
   */
  static String compile(Table table, Constraint constraint) {
    if (constraint instanceof PrimaryKeyConstraint pk) {
      return primaryKey(table, pk);
    } else if (constraint instanceof UniqueConstraint uq) {
      if (uq.columns().isEmpty()) {
        return "";
      }
      return named(uq) + "UNIQUE (" + columnList(uq.columns()) + ")" + deferrability(uq);
    } else if (constraint instanceof ForeignKeyConstraint fk) {
      return named(fk)
          + "FOREIGN KEY("
          + columnList(fk.columns())
          + ") REFERENCES "
          + SqliteIdentifierPreparer.quote(fk.referredTable())
          + " ("
          + columnList(fk.referredColumns())
          + ")"
          + (fk.match() == null ? "" : " MATCH " + fk.match())
          + (fk.ondelete() == null ? "" : " ON DELETE " + phrase(fk.ondelete(), CASCADE_PATTERN))
          + (fk.onupdate() == null ? "" : " ON UPDATE " + phrase(fk.onupdate(), CASCADE_PATTERN))
          + deferrability(fk);
    } else if (constraint instanceof CheckConstraint ck) {
      return check(ck);
    }
    TypeBoundCheckConstraint ck = (TypeBoundCheckConstraint) constraint;
    return named(ck) + "CHECK (" + typeBoundCondition(table, ck) + ")";
  }

  /** A check constraint, at table level or inline after a column definition. */
  static String check(CheckConstraint ck) {
    return named(ck)
        + "CHECK ("
        + TextClauses.literal(ck.sqltext(), Map.of())
        + ")"
        + deferrability(ck);
  }

  /**
   * Whether a column counts as having foreign keys ({@code column.foreign_keys}): its own {@code
   * sa.ForeignKey}s, or membership in a table-level foreign key constraint.
   */
  static boolean hasForeignKeys(Table table, Column column) {
    return !column.foreignKeys().isEmpty()
        || table.constraints().stream()
            .anyMatch(
                c -> c instanceof ForeignKeyConstraint fk && fk.columns().contains(column.name()));
  }

  /** Whether sqlite_autoincrement puts {@code PRIMARY KEY AUTOINCREMENT} on this column. */
  static boolean isInlineAutoincrement(Table table, Column column) {
    return column.primaryKey()
        && table.sqliteAutoincrement()
        && table.primaryKey().columns().size() == 1
        && column.type() instanceof IntegerType
        && !hasForeignKeys(table, column);
  }

  private static String primaryKey(Table table, PrimaryKeyConstraint pk) {
    if (pk.columns().isEmpty()) {
      return "";
    }
    if (pk.columns().size() == 1) {
      Column c = table.column(pk.columns().get(0)).orElseThrow();
      if (isInlineAutoincrement(table, c)) {
        return null;
      }
    }
    return named(pk) + "PRIMARY KEY (" + columnList(pk.columns()) + ")" + deferrability(pk);
  }

  // Boolean: type_coerce(col, self).in_([0, 1]); Enum: type_coerce(col, String()).in_(enums);
  // an empty IN renders SQLite's empty-set expression.
  private static String typeBoundCondition(Table table, TypeBoundCheckConstraint ck) {
    Column column = table.column(ck.column()).orElseThrow();
    String name = SqliteIdentifierPreparer.quote(column.name());
    if (column.type() instanceof BooleanType) {
      return name + " IN (0, 1)";
    } else if (column.type() instanceof EnumType e) {
      if (e.values().isEmpty()) {
        return name + " IN (SELECT 1 FROM (SELECT 1) WHERE 1!=1)";
      }
      return name
          + " IN ("
          + e.values().stream().map(LiteralRenderer::quoted).collect(Collectors.joining(", "))
          + ")";
    }
    throw new IllegalStateException(
        "column "
            + column.name()
            + " of table "
            + table.name()
            + " has no Boolean or Enum type for its type-bound CHECK");
  }

  private static String named(Constraint c) {
    return c.name() == null ? "" : "CONSTRAINT " + SqliteIdentifierPreparer.quote(c.name()) + " ";
  }

  private static String deferrability(Constraint c) {
    String text = "";
    if (c.deferrable() != null) {
      text += c.deferrable() ? " DEFERRABLE" : " NOT DEFERRABLE";
    }
    if (c.initially() != null) {
      text += " INITIALLY " + phrase(c.initially(), INITIALLY_PATTERN);
    }
    return text;
  }

  static String columnList(List<String> names) {
    return names.stream().map(SqliteIdentifierPreparer::quote).collect(Collectors.joining(", "));
  }

  // IdentifierPreparer.validate_sql_phrase: re.match with re.I; '$' also matches before a
  // final newline in Python, as in Java with UNIX_LINES.
  private static String phrase(String element, String pattern) {
    Pattern reg = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNIX_LINES);
    if (!reg.matcher(element).find()) {
      throw new PythonException(
          PythonException.COMPILE_ERROR,
          "Unexpected SQL phrase: "
              + PythonRepr.strRepr(element)
              + " (matching against "
              + PythonRepr.strRepr(pattern)
              + ")");
    }
    return element;
  }
}
