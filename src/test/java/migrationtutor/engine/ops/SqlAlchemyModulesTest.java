package migrationtutor.engine.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import migrationtutor.engine.pyeval.ModuleLoader;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.JsonType;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TypeModule;
import migrationtutor.engine.schema.UnsupportedType;
import org.junit.jupiter.api.Test;

/** The sqlalchemy modules on their own, as revision files, env.py and models load them. */
class SqlAlchemyModulesTest {
  private final Snippets s = new Snippets();

  private Column column(String source) {
    return ((SaColumn) s.eval(source)).toColumn();
  }

  @Test
  void everyTypeWorksCalledAndUncalledAsAColumnType() {
    for (String type :
        List.of(
            "Integer",
            "BigInteger",
            "SmallInteger",
            "String",
            "Text",
            "Unicode",
            "UnicodeText",
            "Boolean",
            "DateTime",
            "Date",
            "Time",
            "Interval",
            "Float",
            "Numeric",
            "DECIMAL",
            "REAL",
            "JSON",
            "Enum",
            "LargeBinary",
            "PickleType",
            "INTEGER",
            "INT",
            "VARCHAR",
            "CHAR",
            "NCHAR",
            "TEXT",
            "BOOLEAN",
            "DATETIME",
            "DATE",
            "TIME",
            "TIMESTAMP",
            "FLOAT",
            "NUMERIC",
            "BLOB",
            "BINARY",
            "VARBINARY",
            "BIGINT",
            "SMALLINT",
            "NVARCHAR",
            "CLOB")) {
      Column called = column("sa.Column('c', sa." + type + "())");
      Column uncalled = column("sa.Column('c', sa." + type + ")");
      assertEquals(called.type(), uncalled.type(), type);
      assertEquals(type.equals("INT") ? "INTEGER" : type, called.type().className(), type);
    }
  }

  @Test
  void typeArgumentsBindPositionallyAndByKeyword() {
    assertEquals(new StringType("String", 50), SaType.of(s.eval("sa.String(50)")));
    assertEquals(new StringType("String", 50), SaType.of(s.eval("sa.String(length=50)")));
    assertEquals("String(length=30, collation='NOCASE')", s.repr("sa.types.String(30, 'NOCASE')"));
    assertEquals("Numeric(precision=10, scale=2)", s.repr("sa.sql.sqltypes.Numeric(10, 2)"));
    assertEquals("<class 'sqlalchemy.sql.sqltypes.String'>", s.repr("sa.String"));
    assertSame(s.eval("sa.INTEGER"), s.eval("sa.INT"));
    assertSame(s.eval("sa.INTEGER"), s.eval("sqlite.INTEGER"));
  }

  @Test
  void dialectTypes() {
    assertEquals(new JsonType(TypeModule.SQLITE, false), SaType.of(s.eval("sqlite.JSON()")));
    assertEquals("sqlite.DATETIME()", SaType.of(s.eval("sqlite.DATETIME")).render("sa."));
    UnsupportedType uuid = (UnsupportedType) SaType.of(s.eval("postgresql.UUID(as_uuid=True)"));
    assertEquals("UUID(as_uuid=True)", uuid.pythonRepr());
    assertEquals(
        "postgresql.ARRAY(sa.Integer())",
        SaType.of(s.eval("postgresql.ARRAY(sa.Integer)")).render("sa."));
    assertEquals(
        "from sqlalchemy.dialects import postgresql",
        SaType.of(s.eval("postgresql.JSONB")).renderImport().orElseThrow());
    assertTrue(
        s.error("sqlite.DATETIME(storage_format='%(year)04d')")
            .startsWith(
                "NotImplementedError: sqlite.DATETIME with a custom storage format is not"
                    + " supported"));
    assertEquals(
        "AttributeError: module 'sqlalchemy.dialects.postgresql' has no attribute" + " 'JSONX'",
        s.error("postgresql.JSONX"));
  }

  @Test
  void withVariantKeepsTheTypeUnlessTheVariantIsForSqlite() {
    assertEquals("JSON()", s.repr("sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')"));
    assertEquals("String(length=5)", s.repr("sa.Text().with_variant(sa.String(5), 'sqlite')"));
  }

  @Test
  void enumFromAPythonEnumClass() {
    assertEquals(
        "Enum('LOW', 'HIGH', name='level')",
        s.repr("class Level(enum.Enum):\n    LOW = 1\n    HIGH = 2\nsa.Enum(Level)"));
    assertEquals(
        "Enum('A', name='custom')",
        s.repr("class Level(enum.IntEnum):\n    A = 1\nsa.Enum(Level, name='custom')"));
    assertEquals(
        "TypeError: object of type 'type' has no len()",
        s.error("class Plain:\n    A = 1\nsa.Enum(Plain)"));
  }

  @Test
  void unnamedColumnsAreNamedByTheirModelAttribute() {
    SaColumn c = (SaColumn) s.eval("sa.Column(sa.Integer, primary_key=True)");
    assertNull(c.name());
    assertEquals("id", c.toColumn("id").name());
    assertTrue(c.toColumn("id").primaryKey());
  }

  @Test
  void metadataKeepsItsNamingConventionAndTables() {
    PyModule ns =
        s.run(
            "m = sa.MetaData(naming_convention={'ix': 'ix_%(column_0_label)s',"
                + " 'uq': 'uq_%(table_name)s_%(column_0_name)s'})\n"
                + "a = sa.Table('a', m, sa.Column('id', sa.Integer, primary_key=True))\n"
                + "b = sa.Table('b', m, sa.Column('a_id', sa.ForeignKey('a.id')))\n"
                + "same = sa.Table('a', m)\n");
    SaMetaData m = (SaMetaData) ns.get("m");
    assertEquals(
        Map.of("ix", "ix_%(column_0_label)s", "uq", "uq_%(table_name)s_%(column_0_name)s"),
        m.namingConvention());
    assertEquals(List.of("a", "b"), m.tables().stream().map(Table::name).toList());
    assertSame(ns.get("a"), ns.get("same"));
    assertEquals(
        "sqlalchemy.exc.InvalidRequestError: Table 'a' is already defined for this MetaData"
            + " instance.  Specify 'extend_existing=True' to redefine options and columns on an"
            + " existing Table object.",
        s.error(
            "m = sa.MetaData()\nsa.Table('a', m, sa.Column('x', sa.Integer))\n"
                + "sa.Table('a', m, sa.Column('y', sa.Integer))"));
    assertEquals(
        List.of(new ForeignKeyConstraint(List.of("a_id"), "a", List.of("id"), null)),
        ((SaTable) ns.get("b")).table().constraints());
  }

  @Test
  void unknownArgumentsGiveUnknownValues() {
    Snippets tolerant = new Snippets((name, level, importer) -> new PyUnknown(name));
    PyModule ns =
        tolerant.run(
            "import settings\n"
                + "t = sa.String(length=settings.MAX)\n"
                + "c = sa.Column('x', t)\n");
    assertInstanceOf(PyUnknown.class, ns.get("t"));
    assertInstanceOf(PyUnknown.class, ns.get("c"));
  }

  @Test
  void realNamesTheTutorDoesNotModelRaiseClearly() {
    assertEquals(
        "NotImplementedError: sa.Sequence() is not supported by the tutor's migration"
            + " engine; the tutor's SQLite engine models columns, constraints, indexes and tables.",
        s.error("sa.Sequence('s')"));
    assertTrue(s.error("sa.create_engine('sqlite://')").contains("op.get_bind()"));
    assertEquals(
        "AttributeError: module 'sqlalchemy' has no attribute 'Strng'", s.error("sa.Strng"));
  }

  @Test
  void loaderFallsThroughForOtherModules() {
    PyModule orm = new PyModule("sqlalchemy.orm");
    ModuleLoader loader = s.sa.loader((name, level, importer) -> orm);
    assertSame(orm, loader.load("sqlalchemy.orm", 0, "models"));
    PyValue sa = loader.load("sqlalchemy", 0, "models");
    assertSame(s.sa.module("sqlalchemy"), sa);
    assertTrue(s.sa.names().contains("sqlalchemy.dialects.sqlite"));
  }

  @Test
  void warningsReachTheConsumer() {
    s.eval("sa.Enum('a', length=3)");
    s.eval("sa.Column('a', sa.Integer, server_defalt='x')");
    assertEquals(
        List.of("SAWarning", "SAWarning"), s.warnings.stream().map(w -> w.category()).toList());
  }

  @Test
  void optionsThatWouldChangeSqliteDdlUnmodelledAreRefused() {
    String refused = " is not supported by the tutor's migration engine; ";
    assertEquals(
        "NotImplementedError: sa.Table(prefixes=...)"
            + refused
            + "leave prefixes out; the tutor creates ordinary tables.",
        s.error("sa.Table('t', sa.MetaData(), prefixes=['TEMPORARY'])"));
    assertEquals(
        "NotImplementedError: sa.Table(autoload_with=...)"
            + refused
            + "write the table's columns out; the tutor does not reflect tables in scripts.",
        s.error("sa.Table('t', sa.MetaData(), autoload_with=None)"));
    assertEquals(
        "NotImplementedError: sa.Column(sqlite_on_conflict_not_null=...)"
            + refused
            + "leave sqlite_on_conflict_not_null out; the tutor does not model it.",
        s.error("sa.Column('a', sa.Integer, sqlite_on_conflict_not_null='FAIL')"));
    assertEquals(
        "NotImplementedError: sa.Enum(schema=...)"
            + refused
            + "leave schema out: the sandbox's SQLite database has no schemas.",
        s.error("sa.Enum('a', schema='s')"));
    assertEquals(
        "sqlalchemy.exc.ArgumentError: Argument 'postgresql_using' is not accepted by"
            + " dialect 'postgresql' on behalf of <class 'sqlalchemy.sql.schema.Table'>",
        s.error("sa.Table('t', sa.MetaData(), postgresql_using='x')"));
    assertEquals(
        "Table('t', MetaData(), schema=None)",
        s.repr("sa.Table('t', sa.MetaData(), mysql_engine='InnoDB', postgresql_tablespace='x')"));
  }
}
