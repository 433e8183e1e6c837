#!/usr/bin/python3
"""Writes the golden files of the engine's DDL tests from real SQLAlchemy 1.4.46 / Alembic 1.8.1.

Run with a Python that has exactly those versions (Debian 12's /usr/bin/python3 with
python3-sqlalchemy and python3-alembic):

    /usr/bin/python3 gen_golden.py [OUTPUT_DIR]

OUTPUT_DIR defaults to this script's folder. Each golden file is a list of cases:

    #### <case name> <number of characters>
    <exactly that many characters>

followed by one newline. The Java tests build the same cases from the engine's model and compare
byte for byte. Conventions inside a case:

    !! <Python exception class>: <message>   an exception (memory addresses " at 0x..." removed)
    WARN <category>: <message>               a warning raised through the warnings module
"""
import datetime
import decimal
import enum
import io
import os
import re
import sqlite3
import sys
import warnings

import alembic
import sqlalchemy as sa
from alembic.autogenerate import render
from alembic.autogenerate.api import AutogenContext
from alembic.ddl import base as alembic_ddl
from alembic.ddl.sqlite import SQLiteImpl
from alembic.migration import MigrationContext
from alembic.operations import Operations
from alembic.runtime.migration import HeadMaintainer
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex, CreateTable, DropIndex, DropTable

assert sa.__version__ == "1.4.46", sa.__version__
assert alembic.__version__ == "1.8.1", alembic.__version__

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DIALECT = sqlite.dialect()
ENGINE_DIALECT = sa.create_engine("sqlite://").dialect  # pysqlite, with its dbapi
UTC = datetime.timezone.utc


# ---------------------------------------------------------------------------------------------
# helpers


def error_line(e):
    cls = type(e)
    name = cls.__name__ if cls.__module__ == "builtins" else "%s.%s" % (cls.__module__, cls.__name__)
    return "!! %s: %s" % (name, re.sub(r" at 0x[0-9a-f]+>", ">", str(e)))


def warning_lines(caught):
    return [
        "WARN %s: %s" % (w.category.__name__, w.message)
        for w in caught
        if w.category.__name__ not in ("RemovedIn20Warning",)
    ]


def capture(fn):
    """Runs fn(); returns (result or None, error line or None, warning lines)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result, err = fn(), None
        except Exception as e:  # noqa: BLE001 - every failure is part of the expectation
            result, err = None, error_line(e)
    return result, err, warning_lines(caught)


def write(name, cases):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        for case, text in cases:
            f.write("#### %s %d\n" % (case, len(text)))
            f.write(text)
            f.write("\n")


def value_repr(v):
    if isinstance(v, memoryview):  # sqlite3.Binary: show the bytes, not the object address
        return repr(bytes(v))
    return repr(v)


def params_repr(params):
    if isinstance(params, tuple):
        return "(%s%s)" % (", ".join(value_repr(v) for v in params), "," if len(params) == 1 else "")
    return "[%s]" % ", ".join(params_repr(p) for p in params)


# ---------------------------------------------------------------------------------------------
# types.golden: DDL, repr and autogenerate rendering of every type


class Level(enum.Enum):
    low = 1
    medium = 2
    high = 3


TYPES = {
    "Integer": lambda: sa.Integer(),
    "BigInteger": lambda: sa.BigInteger(),
    "SmallInteger": lambda: sa.SmallInteger(),
    "INTEGER": lambda: sa.INTEGER(),
    "INT": lambda: sa.INT(),
    "BIGINT": lambda: sa.BIGINT(),
    "SMALLINT": lambda: sa.SMALLINT(),
    "String": lambda: sa.String(),
    "String_255": lambda: sa.String(255),
    "String_0": lambda: sa.String(0),
    "String_collation": lambda: sa.String(50, collation="NOCASE"),
    "String_collation_only": lambda: sa.String(collation="NOCASE"),
    "Text": lambda: sa.Text(),
    "Text_100": lambda: sa.Text(100),
    "Unicode_50": lambda: sa.Unicode(50),
    "Unicode": lambda: sa.Unicode(),
    "Unicode_collation": lambda: sa.Unicode(20, collation="NOCASE"),
    "UnicodeText": lambda: sa.UnicodeText(),
    "VARCHAR": lambda: sa.VARCHAR(),
    "VARCHAR_50": lambda: sa.VARCHAR(length=50),
    "NVARCHAR_30": lambda: sa.NVARCHAR(30),
    "CHAR": lambda: sa.CHAR(),
    "CHAR_3": lambda: sa.CHAR(3),
    "NCHAR_2": lambda: sa.NCHAR(2),
    "TEXT": lambda: sa.TEXT(),
    "CLOB": lambda: sa.CLOB(),
    "Boolean": lambda: sa.Boolean(),
    "Boolean_ck": lambda: sa.Boolean(create_constraint=True),
    "Boolean_ck_named": lambda: sa.Boolean(create_constraint=True, name="ck_flag"),
    "BOOLEAN": lambda: sa.BOOLEAN(),
    "DateTime": lambda: sa.DateTime(),
    "DateTime_tz": lambda: sa.DateTime(timezone=True),
    "DATETIME": lambda: sa.DATETIME(),
    "TIMESTAMP": lambda: sa.TIMESTAMP(),
    "TIMESTAMP_tz": lambda: sa.TIMESTAMP(timezone=True),
    "sqlite_DATETIME": lambda: sqlite.DATETIME(),
    "Date": lambda: sa.Date(),
    "DATE": lambda: sa.DATE(),
    "sqlite_DATE": lambda: sqlite.DATE(),
    "Time": lambda: sa.Time(),
    "Time_tz": lambda: sa.Time(timezone=True),
    "TIME": lambda: sa.TIME(),
    "sqlite_TIME": lambda: sqlite.TIME(),
    "Interval": lambda: sa.Interval(),
    "Interval_args": lambda: sa.Interval(native=False, second_precision=3),
    "Float": lambda: sa.Float(),
    "Float_precision": lambda: sa.Float(precision=10),
    "Float_asdecimal": lambda: sa.Float(asdecimal=True, decimal_return_scale=2),
    "FLOAT": lambda: sa.FLOAT(),
    "REAL": lambda: sa.REAL(),
    "Numeric": lambda: sa.Numeric(),
    "Numeric_10": lambda: sa.Numeric(10),
    "Numeric_10_2": lambda: sa.Numeric(10, 2),
    "Numeric_args": lambda: sa.Numeric(10, 2, asdecimal=False, decimal_return_scale=4),
    "Numeric_0": lambda: sa.Numeric(0),
    "NUMERIC_10_2": lambda: sa.NUMERIC(precision=10, scale=2),
    "DECIMAL": lambda: sa.DECIMAL(),
    "DECIMAL_10_2": lambda: sa.DECIMAL(10, 2),
    "JSON": lambda: sa.JSON(),
    "JSON_none_as_null": lambda: sa.JSON(none_as_null=True),
    "sqlite_JSON": lambda: sqlite.JSON(),
    "Enum": lambda: sa.Enum("low", "medium", "high"),
    "Enum_named": lambda: sa.Enum("low", "medium", "high", name="priority_level"),
    "Enum_ck": lambda: sa.Enum("low", "medium", "high", name="priority_level_ck", create_constraint=True),
    "Enum_nonnative_length": lambda: sa.Enum("a", "bb", native_enum=False, length=10),
    "Enum_nonnative": lambda: sa.Enum("a", "b", name="x", native_enum=False),
    "Enum_empty": lambda: sa.Enum(),
    "Enum_quotes": lambda: sa.Enum("it's", 'b"c', "\u00e9t\u00e9"),
    "Enum_pyclass": lambda: sa.Enum(Level),
    "LargeBinary": lambda: sa.LargeBinary(),
    "LargeBinary_100": lambda: sa.LargeBinary(100),
    "BLOB": lambda: sa.BLOB(),
    "BINARY": lambda: sa.BINARY(),
    "BINARY_16": lambda: sa.BINARY(16),
    "VARBINARY_16": lambda: sa.VARBINARY(16),
    "PickleType": lambda: sa.PickleType(),
    "NullType": lambda: sa.types.NullType(),
    "ARRAY": lambda: sa.ARRAY(sa.Integer()),
}


def autogen_context():
    ctx = MigrationContext.configure(dialect_name="sqlite")
    return AutogenContext(
        ctx,
        opts={"sqlalchemy_module_prefix": "sa.", "alembic_module_prefix": "op.", "user_module_prefix": None},
    )


def types_golden():
    cases = []
    for name, make in TYPES.items():
        t = make()
        ddl, err, _ = capture(lambda: DIALECT.type_compiler.process(t))
        ac = autogen_context()
        rendered = render._repr_type(t, ac)
        lines = [ddl if err is None else err, repr(t), rendered, " ".join(sorted(ac.imports))]
        cases.append((name, "\n".join(lines)))
    write("types.golden", cases)


# ---------------------------------------------------------------------------------------------
# quoting.golden

IDENTIFIERS = [
    "id", "key", "KEY", "Key", "order", "select", "user_name", "userName", "UserName", "TABLE",
    "1abc", "a1", "$a", "a$", "_x", "my col", "col-name", "col.name", 'a"b', "a'b",
    "\u00fcn\u00efcode", "\u0131d", "\u017fx", "\u212a", "\u0130", "current_timestamp", "true", "values",
    "abort", "action", "type", "date", "text", "\ufb00", "stra\u00dfe", "\u03a3\u0391\u03a3", "x\u00a0y",
    "_alembic_tmp_todos", "alembic_version", "Labels",
]


def quoting_golden():
    prep = DIALECT.identifier_preparer
    write("quoting.golden", [("%02d" % i, "%s\n%s" % (ident, prep.quote(ident))) for i, ident in enumerate(IDENTIFIERS)])


# ---------------------------------------------------------------------------------------------
# literals.golden: offline literal (render_literal_bindparam) and online bind processing

D = datetime.date
DT = datetime.datetime
TM = datetime.time
TD = datetime.timedelta
DEC = decimal.Decimal

LITERALS = {
    "int_1": (sa.Integer(), 1),
    "int_neg": (sa.Integer(), -5),
    "int_big": (sa.BigInteger(), 10 ** 20),
    "int_true": (sa.Integer(), True),
    "int_false": (sa.Integer(), False),
    "int_float": (sa.Integer(), 2.7),
    "int_negfloat": (sa.Integer(), -2.7),
    "int_str": (sa.Integer(), "12"),
    "int_str_underscore": (sa.Integer(), " 1_000 "),
    "int_str_bad": (sa.Integer(), "abc"),
    "int_decimal": (sa.Integer(), DEC("3.9")),
    "int_nan": (sa.Integer(), float("nan")),
    "int_none": (sa.Integer(), None),
    "int_date": (sa.Integer(), D(2024, 1, 1)),
    "float_1_5": (sa.Float(), 1.5),
    "float_1e_5": (sa.Float(), 1e-05),
    "float_1e16": (sa.Float(), 1e16),
    "float_1e15": (sa.Float(), 1e15),
    "float_third": (sa.Float(), 0.1 + 0.2),
    "float_inf": (sa.Float(), float("inf")),
    "float_neginf": (sa.Float(), float("-inf")),
    "float_nan": (sa.Float(), float("nan")),
    "float_negzero": (sa.Float(), -0.0),
    "float_int": (sa.Float(), 3),
    "float_true": (sa.Float(), True),
    "float_str": (sa.Float(), "1.5"),
    "float_str_bad": (sa.Float(), "abc"),
    "float_decimal": (sa.Float(), DEC("2.50")),
    "float_123456789": (sa.Float(), 123456789.0),
    "float_1e22": (sa.Float(), 1e22),
    "float_min": (sa.Float(), 5e-324),
    "float_max": (sa.Float(), 1.7976931348623157e308),
    "float_0_0001": (sa.Float(), 0.0001),
    "float_1_23e_7": (sa.Float(), 1.23e-7),
    "float_2_675": (sa.Float(), 2.675),
    "float_neg": (sa.REAL(), -123.456),
    "numeric_decimal": (sa.Numeric(10, 2), DEC("1.50")),
    "numeric_decimal_exp": (sa.Numeric(), DEC("1E+3")),
    "numeric_decimal_small": (sa.Numeric(), DEC("0.0000001")),
    "numeric_int": (sa.Numeric(), 3),
    "numeric_float": (sa.Numeric(), 0.1),
    "numeric_str": (sa.Numeric(), "abc"),
    "numeric_bool": (sa.Numeric(), True),
    "numeric_date": (sa.Numeric(), D(2024, 1, 2)),
    "string": (sa.String(), "o'clock"),
    "string_newline": (sa.String(), "a\nb\\c"),
    "string_percent": (sa.String(), "100%"),
    "string_unicode": (sa.String(), "\u00e9\U0001F600"),
    "string_int": (sa.String(), 5),
    "string_bytes": (sa.String(), b"x"),
    "string_none": (sa.String(), None),
    "text": (sa.Text(), "x"),
    "unicode": (sa.Unicode(5), "\u00e9"),
    "enum_known": (sa.Enum("a", "b", name="en"), "a"),
    "enum_unknown": (sa.Enum("a", "b", name="en"), "zzz"),
    "enum_int": (sa.Enum("a", "b", name="en"), 5),
    "enum_many_int": (sa.Enum("alpha", "beta", "gamma", "delta", "a_very_long_value"), 7),
    "bool_true": (sa.Boolean(), True),
    "bool_false": (sa.Boolean(), False),
    "bool_1": (sa.Boolean(), 1),
    "bool_0": (sa.Boolean(), 0),
    "bool_2": (sa.Boolean(), 2),
    "bool_yes": (sa.Boolean(), "yes"),
    "bool_float_1": (sa.Boolean(), 1.0),
    "bool_float_2_5": (sa.Boolean(), 2.5),
    "bool_none": (sa.Boolean(), None),
    "date": (sa.Date(), D(2024, 1, 1)),
    "date_from_datetime": (sa.Date(), DT(2024, 1, 1, 5)),
    "date_str": (sa.Date(), "2024-01-01"),
    "datetime": (sa.DateTime(), DT(2024, 1, 1, 9, 0)),
    "datetime_micro": (sa.DateTime(), DT(2024, 1, 1, 9, 0, 0, 123)),
    "datetime_date": (sa.DateTime(), D(2024, 2, 3)),
    "datetime_tz": (sa.DateTime(timezone=True), DT(2024, 1, 1, 9, 0, tzinfo=UTC)),
    "datetime_str": (sa.DateTime(), "2024-01-01"),
    "timestamp": (sa.TIMESTAMP(), DT(2024, 1, 1, 23, 59, 59)),
    "sqlite_datetime": (sqlite.DATETIME(), DT(1999, 12, 31, 0, 0, 1)),
    "time": (sa.Time(), TM(9, 30, 1, 5)),
    "time_str": (sa.Time(), "09:30"),
    "time_datetime": (sa.Time(), DT(2024, 1, 1, 9, 30)),
    "interval": (sa.Interval(), TD(days=1, seconds=5)),
    "interval_int": (sa.Interval(), 5),
    "json_dict": (sa.JSON(), {"a": [1, 2, None], "b": "x"}),
    "json_none": (sa.JSON(), None),
    "json_none_as_null": (sa.JSON(none_as_null=True), None),
    "json_list": (sa.JSON(), ["\u00e9\U0001F600", 1.5, True, float("nan"), {1: "int key", None: 0}]),
    "json_date": (sa.JSON(), [D(2024, 1, 1)]),
    "binary": (sa.LargeBinary(), b"ab'c"),
    "binary_bad_utf8": (sa.LargeBinary(), bytes([0, 255, 10])),
    "binary_str": (sa.LargeBinary(), "str"),
    "blob": (sa.BLOB(), b"\xc3\xa9"),
    "nulltype_int": (sa.types.NullType(), 5),
    "nulltype_none": (sa.types.NullType(), None),
}


def literal_offline(t, v):
    return str(sa.bindparam("x", v, type_=t).compile(dialect=DIALECT, compile_kwargs={"literal_binds": True}))


def literal_online(t, v):
    proc = t.dialect_impl(ENGINE_DIALECT).bind_processor(ENGINE_DIALECT)
    return value_repr(proc(v) if proc else v)


def literals_golden():
    cases = []
    for name, (t, v) in LITERALS.items():
        off, off_err, _ = capture(lambda: literal_offline(t, v))
        on, on_err, _ = capture(lambda: literal_online(t, v))
        cases.append((name, "%s\n%s" % (off if off_err is None else off_err, on if on_err is None else on_err)))
    write("literals.golden", cases)


# ---------------------------------------------------------------------------------------------
# create_table.golden: str(CreateTable(t)) for tables built with sa.Table (as create_all does)


def metadata():
    m = sa.MetaData()
    # Referenced tables, as Alembic's SchemaObjects._ensure_table_for_fk provides them.
    sa.Table("Other", m, sa.Column("x", sa.Integer), sa.Column("select", sa.Integer))
    sa.Table("p", m, sa.Column("id", sa.Integer))
    sa.Table("q", m, sa.Column("id", sa.Integer))
    sa.Table("todos", m, sa.Column("id", sa.Integer))
    sa.Table("type_demo", m, sa.Column("id", sa.Integer))
    return m


def type_demo_columns():
    return [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("c_integer", sa.Integer),
        sa.Column("c_biginteger", sa.BigInteger),
        sa.Column("c_smallinteger", sa.SmallInteger),
        sa.Column("c_string255", sa.String(255), nullable=False),
        sa.Column("c_string", sa.String),
        sa.Column("c_text", sa.Text),
        sa.Column("c_unicode", sa.Unicode(50)),
        sa.Column("c_unicodetext", sa.UnicodeText),
        sa.Column("c_boolean", sa.Boolean, nullable=False),
        sa.Column("c_boolean_ck", sa.Boolean(create_constraint=True)),
        sa.Column("c_datetime", sa.DateTime),
        sa.Column("c_datetime_tz", sa.DateTime(timezone=True)),
        sa.Column("c_date", sa.Date),
        sa.Column("c_time", sa.Time),
        sa.Column("c_interval", sa.Interval),
        sa.Column("c_float", sa.Float),
        sa.Column("c_numeric", sa.Numeric),
        sa.Column("c_numeric_10_2", sa.Numeric(10, 2)),
        sa.Column("c_json", sa.JSON),
        sa.Column("c_enum", sa.Enum("low", "medium", "high", name="priority_level")),
        sa.Column("c_enum_ck", sa.Enum("low", "medium", "high", name="priority_level_ck", create_constraint=True)),
        sa.Column("c_enum_py", sa.Enum(Level)),
        sa.Column("c_largebinary", sa.LargeBinary),
        sa.Column("c_default_ts", sa.DateTime, server_default=sa.text("CURRENT_TIMESTAMP")),
        sa.Column("c_default_now", sa.DateTime(timezone=True), server_default=sa.func.now()),
        sa.Column("c_default_str", sa.String(20), server_default="todo", nullable=False),
        sa.Column("c_default_false", sa.Boolean, server_default=sa.false(), nullable=False),
        sa.Column("c_default_int", sa.Integer, server_default="0"),
        sa.Column("c_unique", sa.String(100), unique=True),
        sa.Column("c_indexed", sa.String(100), index=True),
    ]


CREATE_TABLES = {
    # types_models.TypeDemo: the CheckConstraint of __table_args__ exists before Table() runs
    "type_demo_create_all": lambda m: sa.Table(
        "type_demo", sa.MetaData(), *type_demo_columns(),
        sa.CheckConstraint("c_integer >= 0", name="ck_type_demo_c_integer_positive")),
    "child_create_all": lambda m: sa.Table(
        "child", m,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("type_demo.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(50), nullable=False),
        sa.UniqueConstraint("parent_id", "name", name="uq_child_parent_name")),
    "todo_idempotency_keys": lambda m: sa.Table(
        "todo_idempotency_keys", m,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(255), nullable=False, unique=True),
        sa.Column("todo_id", sa.Integer, sa.ForeignKey("todos.id"), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False)),
    "tags": lambda m: sa.Table(
        "tags", m,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(50), nullable=False, unique=True),
        sa.Column("color", sa.String(7), index=True),
        sa.Column("created_at", sa.DateTime, nullable=False)),
    "alembic_version": lambda m: sa.Table(
        "alembic_version", m,
        sa.Column("version_num", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("version_num", name="alembic_version_pkc")),
    "quoted_names": lambda m: sa.Table(
        "Todo Items", m,
        sa.Column("Id", sa.Integer, primary_key=True),
        sa.Column("Due Date", sa.Date),
        sa.Column("order", sa.Integer, sa.ForeignKey("Other.select")),
        sa.Column("key", sa.Boolean(create_constraint=True, name="Ck Key")),
        sa.Column("Order", sa.Enum("it's", 'b"c', create_constraint=True)),
        sa.UniqueConstraint("key", "order", name="uq_Key")),
    "composite_pk": lambda m: sa.Table(
        "t", m,
        sa.Column("b", sa.String, primary_key=True),
        sa.Column("a", sa.Integer, primary_key=True),
        sa.Column("c", sa.Integer)),
    "explicit_pk_named": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer), sa.Column("b", sa.Integer),
        sa.PrimaryKeyConstraint("b", "a", name="pk_t")),
    "pk_mismatch": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer, primary_key=True), sa.Column("b", sa.Integer),
        sa.PrimaryKeyConstraint("b")),
    "pk_empty_named": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer, primary_key=True), sa.PrimaryKeyConstraint(name="pkx")),
    "pk_nullable": lambda m: sa.Table("t", m, sa.Column("a", sa.Integer, primary_key=True, nullable=True)),
    "pk_deferrable": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer), sa.PrimaryKeyConstraint("a", deferrable=True, initially="DEFERRED")),
    "sqlite_autoincrement": lambda m: sa.Table(
        "t", m, sa.Column("id", sa.Integer, primary_key=True), sa.Column("x", sa.String(5)),
        sqlite_autoincrement=True),
    "sqlite_autoincrement_bigint_named_pk": lambda m: sa.Table(
        "t", m, sa.Column("id", sa.BigInteger), sa.PrimaryKeyConstraint("id", name="pk_t"),
        sqlite_autoincrement=True),
    "sqlite_autoincrement_fk": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer, sa.ForeignKey("p.id"), primary_key=True), sqlite_autoincrement=True),
    "sqlite_autoincrement_table_fk": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer, primary_key=True), sa.ForeignKeyConstraint(["a"], ["p.id"]),
        sqlite_autoincrement=True),
    "sqlite_autoincrement_string": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.String, primary_key=True), sqlite_autoincrement=True),
    "sqlite_autoincrement_composite": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer, primary_key=True), sa.Column("b", sa.Integer, primary_key=True),
        sqlite_autoincrement=True),
    "without_rowid": lambda m: sa.Table(
        "t", m, sa.Column("id", sa.Integer, primary_key=True), sa.Column("b", sa.Integer),
        sqlite_with_rowid=False),
    "composite_autoincrement_error": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("b", sa.Integer, primary_key=True)),
    "nulltype_error": lambda m: sa.Table("t", m, sa.Column("id", sa.Integer), sa.Column("a")),
    "array_error": lambda m: sa.Table("t", m, sa.Column("a", sa.ARRAY(sa.Integer))),
    "fk_full": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer), sa.Column("b", sa.Integer),
        sa.ForeignKeyConstraint(
            ["a", "b"], ["Other.x", "Other.select"], name="fk_ab", onupdate="SET NULL",
            ondelete="restrict", deferrable=True, initially="DEFERRED", match="FULL")),
    "fk_two_on_one_column": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer, sa.ForeignKey("p.id", deferrable=False, name="fk1"),
                          sa.ForeignKey("q.id", onupdate="CASCADE"))),
    "fk_bad_ondelete": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer), sa.ForeignKeyConstraint(["a"], ["p.id"], ondelete="bogus")),
    "check_bad_initially": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer), sa.CheckConstraint("a>0", initially="bogus")),
    "unique_deferrable": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer), sa.UniqueConstraint("a", deferrable=True, initially="immediate")),
    "check_not_deferrable": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer), sa.CheckConstraint("a > :limit AND a <> '\\:x'", deferrable=False)),
    "column_level_check": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer, sa.CheckConstraint("a > 0", name="ck_a"), nullable=False),
        sa.Column("b", sa.Integer, sa.CheckConstraint("b < 9"))),
    "server_defaults": lambda m: sa.Table(
        "t", m,
        sa.Column("s", sa.String, server_default="o'k"),
        sa.Column("s_empty", sa.String, server_default=""),
        sa.Column("t", sa.DateTime, server_default=sa.text("CURRENT_TIMESTAMP")),
        sa.Column("t_paren", sa.DateTime, server_default=sa.text("(CURRENT_TIMESTAMP)")),
        sa.Column("t_param", sa.Integer, server_default=sa.text("x = :y and z = '\\:w'")),
        sa.Column("f_now", sa.DateTime, server_default=sa.func.now()),
        sa.Column("f_NOW", sa.DateTime, server_default=sa.func.NOW()),
        sa.Column("f_current_date", sa.Date, server_default=sa.func.current_date()),
        sa.Column("f_current_timestamp", sa.Date, server_default=sa.func.current_timestamp()),
        sa.Column("f_localtimestamp", sa.DateTime, server_default=sa.func.localtimestamp()),
        sa.Column("f_random", sa.Integer, server_default=sa.func.random()),
        sa.Column("f_coalesce", sa.Integer, server_default=sa.func.coalesce(None, 1, 2.5, True, "x")),
        sa.Column("f_datetime", sa.String, server_default=sa.func.datetime("now", "localtime")),
        sa.Column("f_Mixed", sa.String, server_default=sa.func.StrFTime("%Y", sa.func.now())),
        sa.Column("f_count", sa.Integer, server_default=sa.func.count()),
        sa.Column("lc", sa.Integer, server_default=sa.literal_column("1 + 1")),
        sa.Column("b_true", sa.Boolean, server_default=sa.true()),
        sa.Column("b_false", sa.Boolean, server_default=sa.false(), nullable=False),
        sa.Column("zero_text", sa.Integer, server_default=sa.text("0"))),
    "attach_order": lambda m: sa.Table(
        "t", m,
        sa.Column("a", sa.Integer, sa.ForeignKey("p.id"), unique=True),
        sa.Column("b", sa.Boolean(create_constraint=True), sa.ForeignKey("q.id"), unique=True),
        sa.Column("c", sa.Enum("x", "y", name="ck_c", create_constraint=True)),
        sa.CheckConstraint("a > b"),
        sa.UniqueConstraint("c", name="uq_c")),
    "index_flags": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer, unique=True, index=True), sa.Column("B", sa.Integer, index=True)),
    "empty": lambda m: sa.Table("t", m),
    "empty_unique_after_pk": lambda m: sa.Table(
        "t", m, sa.Column("id", sa.Integer, primary_key=True), sa.UniqueConstraint(), sa.CheckConstraint("")),
    "duplicate_column": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer), sa.Column("b", sa.Integer), sa.Column("a", sa.String)),
    "enum_empty_ck": lambda m: sa.Table("t", m, sa.Column("e", sa.Enum(create_constraint=True))),
    "unknown_unique_column": lambda m: sa.Table("t", m, sa.Column("a", sa.Integer), sa.UniqueConstraint("nope")),
    "fk_count_mismatch": lambda m: sa.Table(
        "t", m, sa.Column("a", sa.Integer), sa.ForeignKeyConstraint(["a", "b"], ["p.id"])),
}


def create_table_golden():
    cases = []
    for name, make in CREATE_TABLES.items():
        def run():
            t = make(metadata())
            text = str(CreateTable(t).compile(dialect=DIALECT))
            for ix in sorted(t.indexes, key=lambda i: i.name):
                text += str(CreateIndex(ix).compile(dialect=DIALECT)) + "\n"
            return text
        text, err, warns = capture(run)
        cases.append((name, "\n".join(([text] if err is None else []) + warns + ([err] if err else []))))
    write("create_table.golden", cases)


# ---------------------------------------------------------------------------------------------
# ddl_pieces.golden: CREATE/DROP INDEX, DROP TABLE and Alembic's ALTER constructs, raw


def attached(table_name, column):
    sa.Table(table_name, sa.MetaData(), column)
    return column


def tags_table():
    return sa.Table("tags", sa.MetaData(), sa.Column("id", sa.Integer), sa.Column("color", sa.String),
                    sa.Column("name", sa.String), sa.Column("key", sa.String))


DDL_PIECES = {
    "create_index": lambda: CreateIndex(sa.Index("ix_tags_color", tags_table().c.color)),
    "create_index_unique_multi": lambda: (lambda t: CreateIndex(
        sa.Index("ix_tags_name_color", t.c.name, t.c.color, unique=True)))(tags_table()),
    "create_index_quoted": lambda: CreateIndex(sa.Index("Ix Key", sa.Table(
        "Tags", sa.MetaData(), sa.Column("key", sa.String)).c.key)),
    "create_index_partial": lambda: CreateIndex(
        sa.Index("ix_active", tags_table().c.name, sqlite_where=sa.text("color IS NOT NULL AND name <> :n"))),
    "create_index_expression": lambda: CreateIndex(
        sa.Index("ix_lower", sa.text("lower(name)"), tags_table().c.color)),
    "drop_index": lambda: DropIndex(sa.Index("ix_tags_color", tags_table().c.color)),
    "drop_index_quoted": lambda: DropIndex(sa.Index("Ix Key", tags_table().c.color)),
    "drop_table": lambda: DropTable(sa.Table("tags", sa.MetaData())),
    "drop_table_quoted": lambda: DropTable(sa.Table("Tags", sa.MetaData())),
    "add_column": lambda: alembic_ddl.AddColumn("todos", attached("todos", sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))),
    "add_column_not_null_default": lambda: alembic_ddl.AddColumn(
        "todos", attached("todos", sa.Column("status", sa.String(20), server_default="todo", nullable=False))),
    "add_column_text_default": lambda: alembic_ddl.AddColumn(
        "todos", attached("todos", sa.Column("created", sa.DateTime, server_default=sa.text("CURRENT_TIMESTAMP")))),
    "add_column_func_default": lambda: alembic_ddl.AddColumn(
        "todos", attached("todos", sa.Column("created", sa.DateTime, server_default=sa.func.now()))),
    "add_column_false_default": lambda: alembic_ddl.AddColumn(
        "todos", attached("todos", sa.Column("done", sa.Boolean, server_default=sa.false(), nullable=False))),
    "add_column_pk": lambda: alembic_ddl.AddColumn("todos", attached("todos", sa.Column("u", sa.Integer, primary_key=True))),
    "add_column_check": lambda: alembic_ddl.AddColumn(
        "todos", attached("todos", sa.Column("u", sa.Integer, sa.CheckConstraint("u > 0", name="ck_u")))),
    "add_column_quoted": lambda: alembic_ddl.AddColumn("Todos", attached("Todos", sa.Column("order", sa.Integer))),
    "add_column_nulltype": lambda: alembic_ddl.AddColumn("todos", attached("todos", sa.Column("u"))),
    "drop_column": lambda: alembic_ddl.DropColumn("todos", sa.Column("priority", sa.Integer)),
    "drop_column_quoted": lambda: alembic_ddl.DropColumn("todos", sa.Column("select", sa.Integer)),
    "column_nullable_true": lambda: alembic_ddl.ColumnNullable("todos", "title", True),
    "column_nullable_false": lambda: alembic_ddl.ColumnNullable("todos", "Title", False),
    "column_type": lambda: alembic_ddl.ColumnType("todos", "title", sa.String(100)),
    "column_type_numeric": lambda: alembic_ddl.ColumnType("todos", "price", sa.Numeric(10, 2)),
    "column_default_string": lambda: alembic_ddl.ColumnDefault("todos", "priority", "0"),
    "column_default_none": lambda: alembic_ddl.ColumnDefault("todos", "priority", None),
    "column_default_text": lambda: alembic_ddl.ColumnDefault("todos", "priority", sa.text("(1 + 1)")),
    "column_default_func": lambda: alembic_ddl.ColumnDefault("todos", "created", sa.func.now()),
    "column_default_false": lambda: alembic_ddl.ColumnDefault("todos", "done", sa.false()),
    "column_name": lambda: alembic_ddl.ColumnName("todos", "title", "name"),
    "column_name_quoted": lambda: alembic_ddl.ColumnName("todos", "key", "Key"),
    "rename_table": lambda: alembic_ddl.RenameTable("tags", "labels"),
    "rename_table_quoted": lambda: alembic_ddl.RenameTable("tags", "Labels"),
}


def ddl_pieces_golden():
    cases = []
    for name, make in DDL_PIECES.items():
        text, err, warns = capture(lambda: str(make().compile(dialect=DIALECT)))
        cases.append((name, "\n".join(([text] if err is None else []) + warns + ([err] if err else []))))
    write("ddl_pieces.golden", cases)


# ---------------------------------------------------------------------------------------------
# impl.golden: migration operations through Alembic's SQLiteImpl, offline and online


class Recorder:
    log = []


class RecordingCursor:
    """A sqlite3 cursor that records what SQLAlchemy sends and runs nothing."""

    def __init__(self, real):
        self._real = real

    def execute(self, statement, parameters=()):
        Recorder.log.append("execute %r %s" % (statement, params_repr(parameters)))
        return self._real.execute("")

    def executemany(self, statement, seq):
        Recorder.log.append("executemany %r %s" % (statement, params_repr(list(seq))))

    def __getattr__(self, name):
        return getattr(self._real, name)


class RecordingConnection:
    def __init__(self):
        self._real = sqlite3.connect(":memory:")

    def cursor(self):
        return RecordingCursor(self._real.cursor())

    def __getattr__(self, name):
        return getattr(self._real, name)


RECORDING_ENGINE = sa.create_engine("sqlite://", creator=RecordingConnection)


def run_offline(fn, **opts):
    buf = io.StringIO()
    dialect_opts = opts.pop("dialect_opts", {})
    o = {"as_sql": True, "output_buffer": buf}
    o.update(opts)

    def run():
        ctx = MigrationContext.configure(dialect_name="sqlite", opts=o, dialect_opts=dialect_opts)
        fn(Operations(ctx), ctx)

    _, err, warns = capture(run)
    return buf.getvalue() + "".join(line + "\n" for line in warns + ([err] if err else []))


def run_online(fn):
    with RECORDING_ENGINE.connect() as conn:
        Recorder.log.clear()

        def run():
            ctx = MigrationContext.configure(conn)
            fn(Operations(ctx), ctx)

        _, err, warns = capture(run)
    return "".join(line + "\n" for line in Recorder.log + warns + ([err] if err else []))


def tags_rows_table():
    return sa.table("tags", sa.column("id", sa.Integer), sa.column("name", sa.String),
                    sa.column("created_at", sa.DateTime), sa.column("is_default", sa.Boolean),
                    sa.column("weight", sa.Numeric(5, 2)), sa.column("meta", sa.JSON), sa.column("raw"))


def create_type_demo(op, ctx):
    # The migration autogenerate writes for types_models (reference 15.b), abridged to one of
    # each kind that changes the DDL.
    op.create_table(
        "type_demo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("c_integer", sa.Integer(), nullable=True),
        sa.Column("c_string255", sa.String(length=255), nullable=False),
        sa.Column("c_boolean_ck", sa.Boolean(create_constraint=True), nullable=True),
        sa.Column("c_numeric_10_2", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("c_enum_ck", sa.Enum("low", "medium", "high", name="priority_level_ck", create_constraint=True), nullable=True),
        sa.Column("c_default_ts", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=True),
        sa.Column("c_default_false", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("c_default_str", sa.String(length=20), server_default="todo", nullable=False),
        sa.Column("c_default_int", sa.Integer(), server_default="0", nullable=True),
        sa.Column("c_unique", sa.String(length=100), nullable=True),
        sa.Column("c_indexed", sa.String(length=100), nullable=True),
        sa.CheckConstraint("c_integer >= 0", name="ck_type_demo_c_integer_positive"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("c_unique"),
    )
    op.create_index(op.f("ix_type_demo_c_indexed"), "type_demo", ["c_indexed"], unique=False)
    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["type_demo.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("parent_id", "name", name="uq_child_parent_name"),
    )


def version_table_steps(op, ctx):
    ctx._version.create(ctx.connection)
    hm = HeadMaintainer(ctx, [])
    hm._insert_version("7ef08f4a0da7")
    if ctx.as_sql:
        hm._update_version("7ef08f4a0da7", "754f44a882e4")
        hm._delete_version("754f44a882e4")
    ctx._version.drop(ctx.connection)


IMPL = {
    "create_table_type_demo": create_type_demo,
    "create_table_tags": lambda op, ctx: op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("color", sa.String(length=7), nullable=True, index=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name")),
    "create_table_column_flags": lambda op, ctx: op.create_table(
        "todo_idempotency_keys",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(255), nullable=False, unique=True),
        sa.Column("todo_id", sa.Integer(), sa.ForeignKey("todos.id", ondelete="CASCADE"), nullable=False),
        sa.Column("flag", sa.Boolean(create_constraint=True), server_default=sa.true()),
        sa.CheckConstraint("length(\"key\") > 0"),
        sa.Index("ix_keys_todo", "todo_id", unique=True)),
    "create_table_comment_ignored": lambda op, ctx: op.create_table(
        "t", sa.Column("a", sa.Integer, comment="c"), comment="tc"),
    "drop_table": lambda op, ctx: op.drop_table("tags"),
    "drop_table_quoted": lambda op, ctx: op.drop_table("Tags"),
    "rename_table": lambda op, ctx: op.rename_table("tags", "labels"),
    "rename_table_quoted": lambda op, ctx: op.rename_table("tags", "Labels"),
    "add_column": lambda op, ctx: op.add_column("todos", sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True)),
    "add_column_not_null_default": lambda op, ctx: op.add_column(
        "todos", sa.Column("status", sa.String(20), server_default="todo", nullable=False)),
    "add_column_not_null": lambda op, ctx: op.add_column("todos", sa.Column("status", sa.String(20), nullable=False)),
    "add_column_func_default": lambda op, ctx: op.add_column(
        "todos", sa.Column("created", sa.DateTime, server_default=sa.func.now())),
    "add_column_unique": lambda op, ctx: op.add_column("todos", sa.Column("code", sa.String(5), unique=True)),
    "add_column_index": lambda op, ctx: op.add_column("todos", sa.Column("code", sa.String(5), index=True)),
    "add_column_unique_index": lambda op, ctx: op.add_column(
        "todos", sa.Column("code", sa.String(5), index=True, unique=True)),
    "add_column_fk": lambda op, ctx: op.add_column("todos", sa.Column("tag_id", sa.Integer, sa.ForeignKey("tags.id"))),
    "add_column_boolean_ck": lambda op, ctx: op.add_column(
        "todos", sa.Column("done", sa.Boolean(create_constraint=True), nullable=True)),
    "add_column_pk": lambda op, ctx: op.add_column("todos", sa.Column("u", sa.Integer, primary_key=True)),
    "drop_column": lambda op, ctx: op.drop_column("todos", "priority"),
    "drop_column_quoted": lambda op, ctx: op.drop_column("todos", "select"),
    "alter_nullable_false": lambda op, ctx: op.alter_column("todos", "title", nullable=False),
    "alter_nullable_true": lambda op, ctx: op.alter_column("todos", "title", existing_type=sa.String(255), nullable=True),
    "alter_type": lambda op, ctx: op.alter_column("todos", "title", type_=sa.String(100), existing_type=sa.String(255)),
    "alter_default_string": lambda op, ctx: op.alter_column("todos", "priority", server_default="0"),
    "alter_default_none": lambda op, ctx: op.alter_column("todos", "priority", server_default=None),
    "alter_default_func": lambda op, ctx: op.alter_column("todos", "created", server_default=sa.func.now()),
    "alter_default_text": lambda op, ctx: op.alter_column("todos", "created", server_default=sa.text("CURRENT_TIMESTAMP")),
    "alter_default_false": lambda op, ctx: op.alter_column("todos", "done", server_default=sa.false()),
    "alter_rename": lambda op, ctx: op.alter_column("todos", "title", new_column_name="name"),
    "alter_all": lambda op, ctx: op.alter_column(
        "todos", "title", nullable=False, server_default="x", new_column_name="name",
        type_=sa.String(100), existing_type=sa.String(255), existing_nullable=True),
    "alter_comment": lambda op, ctx: op.alter_column("todos", "title", nullable=True, comment="hi", new_column_name="t"),
    "alter_autoincrement": lambda op, ctx: op.alter_column("todos", "id", autoincrement=True),
    "alter_type_boolean_ck": lambda op, ctx: op.alter_column(
        "todos", "flag", type_=sa.Boolean(create_constraint=True), existing_type=sa.Boolean(create_constraint=True)),
    "alter_type_nulltype": lambda op, ctx: op.alter_column("todos", "title", nullable=False, type_=sa.types.NullType()),
    "alter_nothing": lambda op, ctx: op.alter_column("todos", "title"),
    "create_index": lambda op, ctx: op.create_index("ix_todos_title", "todos", ["title"]),
    "create_index_unique_multi": lambda op, ctx: op.create_index("uix_todos", "todos", ["title", "key"], unique=True),
    "create_index_partial": lambda op, ctx: op.create_index(
        "ix_todos_open", "todos", ["title"], sqlite_where=sa.text("is_completed = 0")),
    "create_index_expressions": lambda op, ctx: op.create_index(
        "ix_lower", "tags", [sa.text("lower(name)"), "color", "lower(x)"]),
    "create_index_no_name": lambda op, ctx: op.create_index(None, "tags", ["color"]),
    "create_index_no_name_expression": lambda op, ctx: op.create_index(None, "tags", [sa.text("lower(name)"), "color"]),
    "drop_index": lambda op, ctx: op.drop_index("ix_tags_color", table_name="tags"),
    "drop_index_quoted": lambda op, ctx: op.drop_index("Ix Tags"),
    "bulk_insert_tags": lambda op, ctx: op.bulk_insert(
        sa.table("tags", sa.column("id", sa.Integer), sa.column("name", sa.String)),
        [{"id": 1, "name": "home"}, {"id": 2, "name": "o'clock"}, {"name": "work", "id": 3}]),
    "bulk_insert_one_row": lambda op, ctx: op.bulk_insert(
        sa.table("tags", sa.column("id", sa.Integer), sa.column("name", sa.String)), [{"id": 1, "name": "home"}]),
    "bulk_insert_types": lambda op, ctx: op.bulk_insert(tags_rows_table(), [
        {"id": 1, "name": "a", "created_at": datetime.datetime(2024, 1, 1, 9, 0), "is_default": True,
         "weight": decimal.Decimal("1.50"), "raw": None},
        {"id": 2, "name": None, "created_at": datetime.date(2024, 2, 3), "is_default": False, "weight": 2,
         "raw": "x"}]),
    "bulk_insert_json": lambda op, ctx: op.bulk_insert(tags_rows_table(), [{"id": 1, "meta": {"a": [1, "b"]}}]),
    "bulk_insert_single": lambda op, ctx: op.bulk_insert(
        sa.table("tags", sa.column("id", sa.Integer), sa.column("name", sa.String)),
        [{"id": 1, "name": "home"}, {"id": 2}], multiinsert=False),
    "bulk_insert_empty_rows": lambda op, ctx: op.bulk_insert(
        sa.table("tags", sa.column("id", sa.Integer)), []),
    "bulk_insert_empty_row": lambda op, ctx: op.bulk_insert(
        sa.table("tags", sa.column("id", sa.Integer)), [{}, {}]),
    "bulk_insert_missing_key": lambda op, ctx: op.bulk_insert(
        sa.table("tags", sa.column("id", sa.Integer), sa.column("name", sa.String)),
        [{"id": 1, "name": "x"}, {"id": 2}]),
    "bulk_insert_unknown_key": lambda op, ctx: op.bulk_insert(
        sa.table("tags", sa.column("id", sa.Integer)), [{"id": 1, "zz": 2}]),
    "bulk_insert_unknown_key_single": lambda op, ctx: op.bulk_insert(
        sa.table("tags", sa.column("id", sa.Integer)), [{"id": 1, "zz": 2}], multiinsert=False),
    "bulk_insert_bad_datetime": lambda op, ctx: op.bulk_insert(
        sa.table("t", sa.column("dt", sa.DateTime)), [{"dt": datetime.datetime(2024, 1, 1)}, {"dt": "2024-01-01"}]),
    "bulk_insert_bad_bool_single": lambda op, ctx: op.bulk_insert(
        sa.table("t", sa.column("b", sa.Boolean)), [{"b": 2}], multiinsert=False),
    "bulk_insert_twelve_rows": lambda op, ctx: op.bulk_insert(
        sa.table("t", sa.column("i", sa.Integer), sa.column("d", sa.Date)),
        [{"i": i, "d": datetime.date(2024, 1, i + 1)} for i in range(11)] + [{"i": 11, "d": "bad"}]),
    "execute_plain": lambda op, ctx: op.execute("UPDATE todos SET priority = 0 WHERE title = 'a:b'"),
    "execute_unbound_param": lambda op, ctx: op.execute("UPDATE todos SET priority = :p"),
    "execute_bindparams": lambda op, ctx: op.execute(
        sa.text("UPDATE todos SET title = :t, priority = :p, done = :d, due = :due WHERE id = :id")
        .bindparams(t="o'k", p=2.5, d=True, due=datetime.date(2024, 1, 2), id=7)),
    "execute_escaped_colon": lambda op, ctx: op.execute(sa.text("SELECT '\\:x', ':y' || :z").bindparams(z=None)),
    "execute_repeated_param": lambda op, ctx: op.execute(sa.text("SELECT :a, :a").bindparams(a=1)),
    "create_unique_constraint": lambda op, ctx: op.create_unique_constraint("uq_tags_name", "tags", ["name"]),
    "create_foreign_key": lambda op, ctx: op.create_foreign_key("fk_todo_tag", "todos", "tags", ["tag_id"], ["id"]),
    "create_check_constraint": lambda op, ctx: op.create_check_constraint("ck_priority", "todos", "priority >= 0"),
    "create_primary_key": lambda op, ctx: op.create_primary_key("pk_todos", "todos", ["id"]),
    "drop_constraint": lambda op, ctx: op.drop_constraint("uq_tags_name", "tags", type_="unique"),
    "create_table_comment": lambda op, ctx: op.create_table_comment("todos", "It's the todo list"),
    "drop_table_comment": lambda op, ctx: op.drop_table_comment("todos"),
    "version_table": version_table_steps,
}


def impl_golden():
    cases = []
    for name, fn in IMPL.items():
        text = "-- offline\n" + run_offline(fn)
        text += "-- offline env.py\n" + run_offline(fn, literal_binds=True, dialect_opts={"paramstyle": "named"})
        text += "-- online\n" + run_online(fn)
        cases.append((name, text))
    write("impl.golden", cases)


# ---------------------------------------------------------------------------------------------
# recreate.golden: SQLiteImpl.requires_recreate_in_batch


class FakeBatch:
    def __init__(self, batch):
        self.batch = batch


def add_column(col):
    return ("add_column", ("todos", col), {})


RECREATE = {
    "add_column_plain": [add_column(sa.Column("deleted_at", sa.DateTime(timezone=True)))],
    "add_column_string_default": [add_column(sa.Column("status", sa.String, server_default="todo"))],
    "add_column_text_default": [add_column(sa.Column("c", sa.DateTime, server_default=sa.text("CURRENT_TIMESTAMP")))],
    "add_column_func_default": [add_column(sa.Column("c", sa.DateTime, server_default=sa.func.now()))],
    "add_column_false_default": [add_column(sa.Column("c", sa.Boolean, server_default=sa.false()))],
    "add_column_literal_column_default": [add_column(sa.Column("c", sa.Integer, server_default=sa.literal_column("1")))],
    "indexes_only": [("create_index", (), {}), ("drop_index", (), {})],
    "add_column_and_index": [add_column(sa.Column("c", sa.Integer)), ("create_index", (), {})],
    "drop_column": [("drop_column", (), {})],
    "alter_column": [add_column(sa.Column("c", sa.Integer)), ("alter_column", (), {})],
    "add_constraint": [("add_constraint", (), {})],
    "empty": [],
}


def recreate_golden():
    impl = SQLiteImpl(DIALECT, None, True, None, None, {})
    write("recreate.golden", [(name, str(impl.requires_recreate_in_batch(FakeBatch(batch))))
                              for name, batch in RECREATE.items()])


if __name__ == "__main__":
    types_golden()
    quoting_golden()
    literals_golden()
    create_table_golden()
    ddl_pieces_golden()
    impl_golden()
    recreate_golden()
