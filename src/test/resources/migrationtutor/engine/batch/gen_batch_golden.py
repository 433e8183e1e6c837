#!/usr/bin/python3
"""Writes batch.golden and reflect.golden from real Alembic 1.8.1 / SQLAlchemy 1.4.46.

Run with a Python that has exactly those versions (Debian 12's /usr/bin/python3 with
python3-sqlalchemy and python3-alembic):

    /usr/bin/python3 gen_batch_golden.py [OUTPUT_DIR]

Each golden file is a list of cases, as in the engine's DDL goldens:

    #### <case name> <number of characters>
    <exactly that many characters>

followed by one newline.

batch.golden: one case per scenario. A scenario builds a database from a .sql file beside this
script, runs one ``with op.batch_alter_table(...) as batch_op:`` block inside a migration
transaction (committed, or rolled back on error, as Alembic's per-migration transaction does on
SQLite), and records every statement sent to sqlite3 other than reflection queries, the error, the
warnings, and the database afterwards (sqlite_master as stored, then each table's rows with their
storage classes). A scenario marked rerun runs the block a second time on the same file, as a
learner re-running ``alembic upgrade head`` after a failure would. Offline scenarios record what
``--sql`` mode writes.

reflect.golden: what SQLAlchemy's Inspector returns for each table of the .sql files.

Alembic iterates ``Table.constraints`` and ``Table.indexes``, which are Python sets ordered by
object address, when it builds the new table; the order of UNIQUE and FOREIGN KEY clauses in the
rebuilt CREATE TABLE then varies between runs (seen: FK first in 3 of 5 runs). The oracle pins the
order to creation order (reflection order: foreign keys, unique constraints, checks; indexes by
name), which is the order the engine uses and the one the tutor's transcripts show.
"""
import io
import os
import re
import sqlite3
import sys
import tempfile
import warnings

import alembic
import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations
from alembic.operations import batch as alembic_batch
from sqlalchemy import event
from sqlalchemy.util import OrderedSet

assert sa.__version__ == "1.4.46", sa.__version__
assert alembic.__version__ == "1.8.1", alembic.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE

_original_grab = alembic_batch.ApplyBatchImpl._grab_table_elements


def _grab_in_creation_order(self):
    self.table.constraints = OrderedSet(
        sorted(self.table.constraints, key=lambda c: c._creation_order)
    )
    self.table.indexes = OrderedSet(sorted(self.table.indexes, key=lambda i: i._oracle_order))
    _original_grab(self)


alembic_batch.ApplyBatchImpl._grab_table_elements = _grab_in_creation_order

# Index has no _creation_order: number the indexes as they are made.
_index_counter = [0]
_original_index_init = sa.Index.__init__


def _numbered_index_init(self, *args, **kw):
    _index_counter[0] += 1
    self._oracle_order = _index_counter[0]
    _original_index_init(self, *args, **kw)


sa.Index.__init__ = _numbered_index_init


def error_line(e):
    cls = type(e)
    name = cls.__name__ if cls.__module__ == "builtins" else "%s.%s" % (cls.__module__, cls.__name__)
    if name == "alembic.util.exc.CommandError":
        name = "CommandError"
    return "!! %s: %s" % (name, re.sub(r" at 0x[0-9a-f]+>", ">", str(e)))


def build(db, setup):
    con = sqlite3.connect(db)
    with open(os.path.join(HERE, setup)) as f:
        con.executescript(f.read())
    con.commit()
    con.close()


def q(name):
    return '"%s"' % name.replace('"', '""')


def dump(db):
    con = sqlite3.connect(db)
    out = ["-- sqlite_master"]
    tables = []
    for type_, name, tbl, sql in con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
    ):
        out.append("%s %s on %s" % (type_, name, tbl))
        out.append(str(sql))
        if type_ == "table":
            tables.append(name)
    for t in tables:
        out.append("-- rows of %s" % t)
        cols = [r[1] for r in con.execute("PRAGMA table_info(%s)" % q(t))]
        sel = ", ".join("typeof(%s), %s" % (q(c), q(c)) for c in cols)
        try:
            con.execute("SELECT rowid FROM %s LIMIT 0" % q(t))
            order = " ORDER BY rowid"
        except sqlite3.OperationalError:  # WITHOUT ROWID: primary key order
            order = ""
        for row in con.execute("SELECT %s FROM %s%s" % (sel, q(t), order)):
            cells = []
            for i in range(0, len(row), 2):
                cells.append("%s %r" % (row[i], row[i + 1]))
            out.append(" | ".join(cells))
    con.close()
    return out


def is_reflection(sql):
    return sql.startswith("PRAGMA") or "sqlite_master" in sql


def run_online(db, scenario):
    lines = []
    engine = sa.create_engine("sqlite:///" + db)
    with engine.connect() as conn:

        @event.listens_for(conn, "before_cursor_execute")
        def capture(conn_, cursor, statement, parameters, context, executemany):
            if not is_reflection(statement):
                lines.append("-- statement" + (" %r" % (parameters,) if parameters else ""))
                lines.append(statement)

        # "default", as the alembic command runs: a warning raised twice from one place (SQLAlchemy
        # reflects indexes twice) is shown once.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("default")
            try:
                with conn.begin():
                    ctx = MigrationContext.configure(conn)
                    run_block(Operations(ctx), scenario)
            except Exception as e:  # noqa: BLE001 - the failure is part of the expectation
                lines.append(error_line(e))
        for w in caught:
            lines.append("WARN %s: %s" % (w.category.__name__, w.message))
    engine.dispose()
    return lines


def run_offline(scenario):
    buf = io.StringIO()
    lines = []
    ctx = MigrationContext.configure(
        dialect_name="sqlite",
        opts={"as_sql": True, "output_buffer": buf, "literal_binds": True},
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        try:
            run_block(Operations(ctx), scenario)
        except Exception as e:  # noqa: BLE001
            lines.append(error_line(e))
    lines.insert(0, buf.getvalue())
    for w in caught:
        lines.append("WARN %s: %s" % (w.category.__name__, w.message))
    return lines


def run_block(op, scenario):
    kw = dict(scenario.get("kw", {}))
    if "copy_from" in scenario:
        kw["copy_from"] = eval(scenario["copy_from"], {"sa": sa})
    with op.batch_alter_table(scenario["table"], **kw) as batch_op:
        exec(scenario["ops"], {"sa": sa, "batch_op": batch_op})


def scenario_case(s):
    out = []
    if s.get("offline"):
        out.extend(run_offline(s))
        return "\n".join(out) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "t.db")
        build(db, s["setup"])
        if "pre" in s:
            con = sqlite3.connect(db)
            con.executescript(s["pre"])
            con.commit()
            con.close()
        out.extend(run_online(db, s))
        if s.get("rerun"):
            out.append("-- rerun")
            out.extend(run_online(db, s))
        out.extend(dump(db))
    return "\n".join(out) + "\n"


TODOS_TABLE = """sa.Table('todos', sa.MetaData(),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=255), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('is_completed', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id'))"""

KEYS_TABLE = """sa.Table('todo_idempotency_keys', sa.MetaData(),
    sa.Column('id', sa.Integer(), primary_key=True),
    sa.Column('key', sa.String(255), nullable=False, unique=True),
    sa.Column('todo_id', sa.Integer(), sa.ForeignKey('todos.id'), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False, index=True),
    sa.Column('flag', sa.Boolean(create_constraint=True, name='ck_flag')),
    sa.Index('ix_keys_todo', 'todo_id'))"""

ADD_DELETED_AT = "ALTER TABLE todos ADD COLUMN deleted_at DATETIME;"

# Each scenario is mirrored in BatchScenarios.java; keep the two in step.
SCENARIOS = [
    dict(name="drop_column", setup="todos.sql", table="todos", pre=ADD_DELETED_AT,
         ops="batch_op.drop_column('deleted_at')"),
    dict(name="recreate_always_noop_keys", setup="todos.sql", table="todo_idempotency_keys",
         kw=dict(recreate="always"), ops="pass"),
    dict(name="add_not_null_with_server_default", setup="todos.sql", table="todos",
         kw=dict(recreate="always"),
         ops="batch_op.add_column(sa.Column('priority', sa.Integer(), nullable=False,"
             " server_default='0'))"),
    dict(name="add_column_in_place", setup="todos.sql", table="todos",
         ops="batch_op.add_column(sa.Column('notes', sa.Text(), nullable=True))\n"
             "batch_op.create_index('ix_todos_title', ['title'], unique=False)"),
    dict(name="add_column_text_default_recreates", setup="todos.sql", table="todos",
         ops="batch_op.add_column(sa.Column('priority', sa.Integer(), nullable=False,"
             " server_default=sa.text('1')))"),
    dict(name="add_not_null_without_default_fails", setup="todos.sql", table="todos",
         kw=dict(recreate="always"),
         ops="batch_op.add_column(sa.Column('priority', sa.Integer(), nullable=False))"),
    dict(name="alter_nullable_false_ok", setup="todos.sql", table="todos",
         ops="batch_op.alter_column('title', existing_type=sa.String(length=255),"
             " nullable=True)"),
    dict(name="alter_nullable_false_with_nulls", setup="todos.sql", table="todos", rerun=True,
         ops="batch_op.alter_column('description', existing_type=sa.Text(), nullable=False)"),
    dict(name="alter_type_string_length", setup="todos.sql", table="todos",
         ops="batch_op.alter_column('title', existing_type=sa.String(length=255),"
             " type_=sa.String(length=100), existing_nullable=False)"),
    dict(name="alter_type_float_to_numeric", setup="catalog.sql", table="products",
         ops="batch_op.alter_column('price', existing_type=sa.Float(),"
             " type_=sa.Numeric(10, 2))"),
    dict(name="alter_type_with_cast", setup="todos.sql", table="todos",
         ops="batch_op.alter_column('is_completed', existing_type=sa.Boolean(),"
             " type_=sa.String(length=5))\n"
             "batch_op.alter_column('created_at', type_=sa.Date())"),
    dict(name="alter_type_to_json_no_cast", setup="todos.sql", table="todos",
         ops="batch_op.alter_column('description', type_=sa.JSON())"),
    dict(name="rename_column", setup="todos.sql", table="todos",
         ops="batch_op.alter_column('description', new_column_name='details',"
             " existing_type=sa.Text())"),
    dict(name="rename_fk_and_unique_columns", setup="todos.sql", table="todo_idempotency_keys",
         ops="batch_op.alter_column('key', new_column_name='idem_key')\n"
             "batch_op.alter_column('todo_id', new_column_name='todo')"),
    dict(name="server_default_changes", setup="catalog.sql", table="products",
         ops="batch_op.alter_column('status', server_default='draft')\n"
             "batch_op.alter_column('stock', server_default=None)\n"
             "batch_op.alter_column('rating', server_default=sa.text('0'))\n"
             "batch_op.alter_column('added_on', server_default=sa.func.now())"),
    dict(name="create_named_unique", setup="todos.sql", table="todos",
         ops="batch_op.create_unique_constraint('uq_todos_title', ['title'])"),
    dict(name="drop_named_unique", setup="catalog.sql", table="products",
         ops="batch_op.drop_constraint('uq_products_name_category', type_='unique')"),
    dict(name="drop_unnamed_unique_with_naming_convention", setup="todos.sql",
         table="todo_idempotency_keys",
         kw=dict(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s"}),
         ops="batch_op.drop_constraint('uq_todo_idempotency_keys_key', type_='unique')"),
    dict(name="naming_convention_names_everything", setup="catalog.sql", table="products",
         kw=dict(recreate="always", naming_convention={
             "pk": "pk_%(table_name)s",
             "uq": "uq_%(table_name)s_%(column_0_name)s",
             "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
             "ix": "ix_%(column_0_label)s"}),
         ops="pass"),
    dict(name="naming_convention_constraint_name_token", setup="catalog.sql", table="products",
         kw=dict(naming_convention={"ck": "ck_%(table_name)s_%(constraint_name)s"}),
         ops="batch_op.drop_constraint('ck_products_ck_products_stock', type_='check')"),
    dict(name="create_unique_without_name_fails", setup="todos.sql", table="todos",
         ops="batch_op.create_unique_constraint(None, ['title'])"),
    dict(name="drop_missing_constraint_fails", setup="todos.sql", table="todos",
         ops="batch_op.drop_constraint('uq_nope', type_='unique')"),
    dict(name="create_foreign_key", setup="catalog.sql", table="order_lines",
         ops="batch_op.create_foreign_key('fk_lines_product', 'products', ['product_id'],"
             " ['id'], ondelete='CASCADE')"),
    dict(name="drop_named_foreign_key", setup="catalog.sql", table="products",
         ops="batch_op.drop_constraint('fk_products_category', type_='foreignkey')"),
    dict(name="create_check_constraint", setup="todos.sql", table="todos",
         ops="batch_op.create_check_constraint('ck_todos_title_len', 'length(title) > 0')"),
    dict(name="create_check_violated", setup="todos.sql", table="todos",
         ops="batch_op.create_check_constraint('ck_todos_title_long', 'length(title) > 8')"),
    dict(name="drop_named_check_keeps_unnamed_out", setup="catalog.sql", table="products",
         ops="batch_op.drop_constraint('ck_products_stock', type_='check')"),
    dict(name="create_primary_key", setup="todos.sql", table="todo_idempotency_keys",
         ops="batch_op.create_primary_key('pk_keys', ['id', 'key'])"),
    dict(name="indexes_carried_over", setup="catalog.sql", table="products",
         kw=dict(recreate="always"), ops="pass"),
    dict(name="create_and_drop_index_recreate", setup="catalog.sql", table="products",
         ops="batch_op.drop_index('ix_products_name')\n"
             "batch_op.create_index('ix_products_price', ['price', 'name'], unique=True)\n"
             "batch_op.drop_column('rating')"),
    dict(name="drop_indexed_column_fails", setup="catalog.sql", table="products",
         ops="batch_op.drop_column('status')"),
    dict(name="drop_fk_and_unique_columns", setup="catalog.sql", table="products",
         ops="batch_op.drop_index('ix_products_category_status')\n"
             "batch_op.drop_column('category_id')\n"
             "batch_op.drop_column('sku')\n"
             "batch_op.drop_index('ix_products_sku_lower')"),
    dict(name="drop_missing_index_fails", setup="catalog.sql", table="products",
         ops="batch_op.drop_index('ix_nope')\nbatch_op.drop_column('rating')"),
    dict(name="composite_primary_key", setup="catalog.sql", table="order_lines",
         ops="batch_op.alter_column('qty', type_=sa.BigInteger())"),
    dict(name="insert_before_after", setup="todos.sql", table="todos",
         kw=dict(recreate="always"),
         ops="batch_op.add_column(sa.Column('a', sa.Integer()), insert_before='id')\n"
             "batch_op.add_column(sa.Column('b', sa.String(10)), insert_after='title')\n"
             "batch_op.add_column(sa.Column('c', sa.Integer()), insert_after='b')\n"
             "batch_op.add_column(sa.Column('d', sa.Integer()), insert_before='c')\n"
             "batch_op.add_column(sa.Column('z', sa.Integer()))"),
    dict(name="insert_after_without_recreate_fails", setup="todos.sql", table="todos",
         ops="batch_op.add_column(sa.Column('a', sa.Integer()), insert_after='id')"),
    dict(name="insert_after_allowed_after_recreating_op", setup="todos.sql", table="todos",
         ops="batch_op.drop_column('description')\n"
             "batch_op.add_column(sa.Column('a', sa.Integer()), insert_after='id')"),
    dict(name="partial_reordering", setup="todos.sql", table="todos",
         kw=dict(recreate="always", partial_reordering=[("title", "id"), ("created_at", "description")]),
         ops="batch_op.add_column(sa.Column('x', sa.Integer()), insert_after='title')"),
    dict(name="table_kwargs_and_args", setup="todos.sql", table="todos",
         kw=dict(recreate="always", table_kwargs={"sqlite_autoincrement": True},
                 table_args=(sa.CheckConstraint("id > 0", name="ck_id_positive"),)),
         ops="pass"),
    dict(name="reflect_args_replace_columns", setup="todos.sql", table="todo_idempotency_keys",
         kw=dict(reflect_args=[sa.Column("todo_id", sa.Integer()),
                               sa.Column("created_at", sa.String(30), unique=True),
                               sa.Column("extra", sa.Integer(), nullable=False, server_default="1"),
                               sa.CheckConstraint("id > 0", name="ck_id")]),
         ops="batch_op.alter_column('key', existing_type=sa.String(255), nullable=True)"),
    dict(name="reflect_args_demoting_the_primary_key_fails", setup="todos.sql", table="todos",
         kw=dict(reflect_args=[sa.Column("id", sa.Integer())]),
         ops="batch_op.drop_column('description')"),
    dict(name="primary_key_moved_to_another_column", setup="todos.sql", table="todos",
         ops="batch_op.create_primary_key('pk_todos', ['title'])"),
    dict(name="rename_onto_a_later_column", setup="todos.sql", table="todos",
         ops="batch_op.alter_column('title', new_column_name='description')"),
    dict(name="rename_onto_an_earlier_column", setup="todos.sql", table="todos",
         ops="batch_op.alter_column('created_at', new_column_name='title')"),
    dict(name="rename_onto_an_earlier_column_offline", offline=True, table="todos",
         copy_from=TODOS_TABLE,
         ops="batch_op.alter_column('description', new_column_name='title')\n"
             "batch_op.alter_column('deleted_at', new_column_name='is_completed')"),
    dict(name="reflected_types_and_defaults", setup="catalog.sql", table="oddities",
         pre="ALTER TABLE oddities DROP COLUMN m;", kw=dict(recreate="always"), ops="pass"),
    dict(name="reflected_column_without_type_fails", setup="catalog.sql", table="oddities",
         kw=dict(recreate="always"), ops="pass"),
    dict(name="recreate_never", setup="todos.sql", table="todos", kw=dict(recreate="never"),
         ops="batch_op.alter_column('title', new_column_name='name')"),
    dict(name="rerun_after_leftover_tmp", setup="todos.sql", table="todos",
         pre="CREATE TABLE _alembic_tmp_todos (x INTEGER);",
         ops="batch_op.drop_column('description')"),
    dict(name="offline_without_copy_from", offline=True, table="todos",
         ops="batch_op.drop_column('deleted_at')"),
    dict(name="offline_copy_from_drop_column", offline=True, table="todos",
         copy_from=TODOS_TABLE, ops="batch_op.drop_column('deleted_at')"),
    dict(name="offline_copy_from_alter", offline=True, table="todos", copy_from=TODOS_TABLE,
         ops="batch_op.alter_column('title', type_=sa.String(100), nullable=True)\n"
             "batch_op.alter_column('is_completed', type_=sa.Integer(),"
             " server_default=sa.text('0'))\n"
             "batch_op.add_column(sa.Column('priority', sa.Integer(), nullable=False,"
             " server_default='1'), insert_after='title')"),
    dict(name="offline_copy_from_keys", offline=True, table="todo_idempotency_keys",
         copy_from=KEYS_TABLE,
         ops="batch_op.alter_column('key', new_column_name='idem_key')\n"
             "batch_op.drop_index('ix_keys_todo')\n"
             "batch_op.drop_column('created_at')"),
    dict(name="offline_copy_from_drop_type_bound_check_fails", offline=True,
         table="todo_idempotency_keys", copy_from=KEYS_TABLE,
         ops="batch_op.drop_constraint('ck_flag', type_='check')"),
    dict(name="expression_index_skipped", setup="catalog.sql", table="categories",
         kw=dict(recreate="always"), ops="pass"),
    dict(name="drop_constraint_bad_type", setup="todos.sql", table="todos",
         ops="batch_op.drop_constraint('x', type_='index')"),
    dict(name="missing_referred_table_fails", setup="todos.sql",
         table="todo_idempotency_keys", pre="DROP TABLE todos;",
         ops="batch_op.drop_column('created_at')"),
    dict(name="rename_and_retype", setup="todos.sql", table="todos",
         ops="batch_op.alter_column('description', new_column_name='details',"
             " type_=sa.String(50))"),
    dict(name="drop_primary_key_column", setup="catalog.sql", table="order_lines",
         ops="batch_op.drop_column('line_no')"),
    dict(name="add_unique_column_fails", setup="todos.sql", table="todos",
         ops="batch_op.add_column(sa.Column('code', sa.String(10), unique=True))"),
    dict(name="add_indexed_column", setup="todos.sql", table="todos",
         kw=dict(recreate="always"),
         ops="batch_op.add_column(sa.Column('code', sa.String(10), index=True),"
             " insert_after='title')"),
    dict(name="table_comment_recreates", setup="todos.sql", table="todos",
         ops="batch_op.create_table_comment('Things to do')"),
    dict(name="rename_self_referenced_primary_key", setup="catalog.sql", table="products",
         ops="batch_op.alter_column('id', new_column_name='product_id')"),
    dict(name="rename_partial_index_column", setup="catalog.sql", table="products",
         ops="batch_op.alter_column('name', new_column_name='title')"),
    dict(name="offline_copy_from_keys_rename", offline=True, table="todo_idempotency_keys",
         copy_from=KEYS_TABLE, ops="batch_op.alter_column('key', new_column_name='idem_key')"),
    dict(name="create_index_on_renamed_column_fails", setup="todos.sql", table="todos",
         ops="batch_op.alter_column('title', new_column_name='name')\n"
             "batch_op.create_index('ix_todos_name', ['name'])"),
    dict(name="add_then_drop_new_column_fails", setup="todos.sql", table="todos",
         kw=dict(recreate="always"),
         ops="batch_op.add_column(sa.Column('tmp', sa.Integer()))\n"
             "batch_op.drop_column('tmp')"),
    dict(name="edge_parents_rebuilt", setup="edge.sql", table="parents",
         kw=dict(recreate="always"), ops="pass"),
    dict(name="edge_children_rebuilt", setup="edge.sql", table="children",
         ops="batch_op.alter_column('other', new_column_name='other_id')"),
    dict(name="edge_quoted_names_rebuilt", setup="edge.sql", table="weird name",
         ops="batch_op.alter_column('a\"b', new_column_name='a b', type_=sa.String(20))"),
    dict(name="naming_convention_tokens", setup="catalog.sql", table="products",
         kw=dict(recreate="always", naming_convention={
             "pk": "pk_%(column_0_N_name)s",
             "uq": "uq_%(table_name)s_%(column_0N_name)s",
             "fk": "fk_%(column_0_label)s_%(referred_table_name)s_%(referred_column_0_name)s",
             "ix": "ix_%(constraint_name)s_%(column_0_key)s"}),
         ops="pass"),
    dict(name="offline_add_column_only", offline=True, table="todos",
         ops="batch_op.add_column(sa.Column('notes', sa.Text()))"),
]


def reflect_cases():
    cases = []
    for setup in ("todos.sql", "catalog.sql", "edge.sql"):
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "t.db")
            build(db, setup)
            engine = sa.create_engine("sqlite:///" + db)
            insp = sa.inspect(engine)
            names = insp.get_table_names()
            cases.append(("%s tables" % setup, "\n".join(names) + "\n"))
            for t in names:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    lines = []
                    for c in insp.get_columns(t):
                        lines.append(
                            "column %s %r nullable=%s default=%r pk=%s"
                            % (c["name"], c["type"], c["nullable"], c["default"],
                               c["primary_key"])
                        )
                    pk = insp.get_pk_constraint(t)
                    lines.append("pk %r %r" % (pk["name"], pk["constrained_columns"]))
                    for fk in insp.get_foreign_keys(t):
                        lines.append(
                            "fk %r %r -> %r %r %r"
                            % (fk["name"], fk["constrained_columns"], fk["referred_table"],
                               fk["referred_columns"], sorted(fk["options"].items()))
                        )
                    for ix in insp.get_indexes(t):
                        where = ix.get("dialect_options", {}).get("sqlite_where")
                        lines.append(
                            "index %r %r unique=%r where=%r"
                            % (ix["name"], ix["column_names"], bool(ix["unique"]),
                               None if where is None else str(where))
                        )
                    for uq in insp.get_unique_constraints(t):
                        lines.append("unique %r %r" % (uq["name"], uq["column_names"]))
                    for ck in insp.get_check_constraints(t):
                        lines.append("check %r %r" % (ck["name"], ck["sqltext"]))
                    for w in caught:
                        lines.append("WARN %s: %s" % (w.category.__name__, w.message))
                cases.append(("%s %s" % (setup, t), "\n".join(lines) + "\n"))
            engine.dispose()
    return cases


# Declared types for _resolve_type_affinity, as PRAGMA table_info reports them. DATETIME(6),
# TIME(3) and JSON(1) are left out: SQLAlchemy keeps the number as the timezone / none_as_null
# flag (repr DATETIME(timezone=6)), the engine keeps a boolean; the DDL is the same.
DECLARED_TYPES = [
    "INTEGER", "int", "TINYINT", "BIGINT", "UNSIGNED BIG INT", "INT2", "MEDIUMINT",
    "VARCHAR(255)", "varchar(10)", "VARCHAR (20)", "CHARACTER(20)", "NVARCHAR(100)",
    "NATIVE CHARACTER(70)", "NCHAR(55)", "VARYING CHARACTER(255)", "TEXT", "CLOB", "TEXT(5)",
    "BLOB", "", "REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT", "FLOAT(10)", "NUMERIC",
    "DECIMAL(10,5)", "DECIMAL(10, 5)", "NUMERIC(8)", "BOOLEAN", "BOOL", "DATE", "DATETIME",
    "TIMESTAMP", "TIME", "DATE_CHAR", "DATETIME_CHAR", "TIME_CHAR", "JSON", "MONEY", "STRING",
    "INTEGER(11)", "DATE(3)", "SMALLINT(2)", "BLOBBY",
    "(5)", "ÉTEXT", "FLOATING POINT", "VARCHAR(10) COLLATE NOCASE",
]


def affinity_case():
    dialect = sa.create_engine("sqlite://").dialect
    lines = []
    for declared in DECLARED_TYPES:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            t = dialect._resolve_type_affinity(declared.upper())
        lines.append("%r -> %r" % (declared, t))
        for w in caught:
            lines.append("WARN %s: %s" % (w.category.__name__, w.message))
    return "\n".join(lines) + "\n"


def write(name, cases):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        for case_name, text in cases:
            f.write("#### %s %d\n%s\n" % (case_name, len(text), text))


def main():
    write("batch.golden", [(s["name"], scenario_case(s)) for s in SCENARIOS])
    write("reflect.golden", reflect_cases() + [("affinity", affinity_case())])


if __name__ == "__main__":
    main()
