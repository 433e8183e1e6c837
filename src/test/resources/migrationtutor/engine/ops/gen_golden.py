#!/usr/bin/python3
"""Writes the golden files of the op/sa binding tests from real SQLAlchemy 1.4.46 / Alembic 1.8.1.

Run with a Python that has exactly those versions (Debian 12's /usr/bin/python3 with
python3-sqlalchemy and python3-alembic):

    /usr/bin/python3 gen_golden.py [OUTPUT_DIR]

OUTPUT_DIR defaults to this script's folder. For every revision script in scripts/ it runs
upgrade() (and downgrade() after it, when the script has one) twice:

* offline, as `alembic upgrade --sql` with the generated env.py does (literal_binds, named
  paramstyle), collecting what Alembic writes to its output buffer;
* online, on a fresh SQLite database file, collecting every statement the driver executes
  (SQLAlchemy's before_cursor_execute) with its parameters as SQLAlchemy's log shows them.

scripts.golden holds one case per script and mode:

    #### <script> <offline|online> <number of characters>
    <exactly that many characters>

followed by one newline. Inside a case, in the order things happened:

    <SQL text>;                      offline: a statement as Alembic writes it, and a blank line
    SQL: <statement>                 online: a statement as the driver receives it
    PARAMS: <parameters>             online: its parameters (sql.util._repr_params)
    <printed text>                   whatever the script print()s
    " at 0x..." memory addresses are removed everywhere.
    !! <exception class>: <message>  the exception that ended upgrade()/downgrade()
    WARN <category>: <message>       the warnings raised, after everything else
    == downgrade                     where downgrade() starts
"""
import contextlib
import io
import os
import re
import sys
import tempfile
import warnings

import alembic
import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy.sql import util as sql_util

assert sa.__version__ == "1.4.46", sa.__version__
assert alembic.__version__ == "1.8.1", alembic.__version__

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
SCRIPTS = os.path.join(HERE, "scripts")


def error_line(e):
    cls = type(e)
    name = cls.__name__ if cls.__module__ == "builtins" else "%s.%s" % (cls.__module__, cls.__name__)
    return "!! %s: %s\n" % (name, re.sub(r" at 0x[0-9a-f]+>", ">", str(e)))


def warning_lines(caught):
    return "".join(
        "WARN %s: %s\n" % (w.category.__name__, w.message)
        for w in caught
        if w.category.__name__ != "RemovedIn20Warning"
    )


def run_functions(source, name, ctx, out):
    """Runs upgrade() then downgrade() of a script with `op` proxied to ctx; returns warnings."""
    namespace = {"__name__": "versions." + name}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with Operations.context(ctx), contextlib.redirect_stdout(out):
            exec(compile(source, name + ".py", "exec"), namespace)
            for fn in ("upgrade", "downgrade"):
                if fn not in namespace:
                    continue
                if fn == "downgrade":
                    out.write("== downgrade\n")
                try:
                    namespace[fn]()
                except Exception as e:  # noqa: BLE001 - every failure is part of the expectation
                    out.write(error_line(e))
    return warning_lines(caught)


def offline(source, name):
    buf = io.StringIO()
    ctx = MigrationContext.configure(
        dialect_name="sqlite",
        dialect_opts={"paramstyle": "named"},
        opts={"as_sql": True, "output_buffer": buf, "literal_binds": True},
    )
    warned = run_functions(source, name, ctx, buf)
    return buf.getvalue() + warned


def online(source, name):
    out = io.StringIO()
    with tempfile.TemporaryDirectory() as tmp:
        engine = sa.create_engine("sqlite:///" + os.path.join(tmp, "db.sqlite"))

        @sa.event.listens_for(engine, "before_cursor_execute")
        def record(conn, cursor, statement, parameters, context, executemany):
            out.write("SQL: %s\n" % statement)
            out.write("PARAMS: %s\n" % sql_util._repr_params(parameters, 10, ismulti=executemany))

        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn)
            warned = run_functions(source, name, ctx, out)
        engine.dispose()
    return out.getvalue() + warned


def main():
    cases = []
    for file in sorted(os.listdir(SCRIPTS)):
        if not file.endswith(".py") or file.startswith("batch_"):
            continue
        name = file[:-3]
        with open(os.path.join(SCRIPTS, file), encoding="utf-8") as f:
            source = f.read()
        cases.append((name + " offline", offline(source, name)))
        cases.append((name + " online", online(source, name)))
    with open(os.path.join(OUT, "scripts.golden"), "w", encoding="utf-8", newline="\n") as f:
        for case, text in cases:
            text = re.sub(r" at 0x[0-9a-f]+>", ">", text)
            f.write("#### %s %d\n%s\n" % (case, len(text), text))


if __name__ == "__main__":
    main()
