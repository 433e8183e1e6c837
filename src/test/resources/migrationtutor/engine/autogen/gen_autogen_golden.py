"""Writes autogen.golden: real Alembic 1.8.1 (SQLAlchemy 1.4.46) on every case of cases.txt.

For each case, a copy of project/ gets the case's database and models module, then:
  alembic revision --autogenerate   (the output and the generated file are recorded)
  alembic upgrade head              (exit status and last line: does the rendered code run?)
  alembic revision --autogenerate   (round trip: the upgrade body once the migration ran)

Usage: /usr/bin/python3 gen_autogen_golden.py OUTPUT_DIR
"""
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_cases(text):
    cases = []
    for block in re.split(r"^=== ", text, flags=re.M)[1:]:
        name, rest = block.split("\n", 1)
        options = re.search(r"^options:(.*)$", rest, re.M).group(1).strip()
        sql = re.search(r"^--- sql\n(.*?)(?=^--- )", rest, re.M | re.S).group(1)
        models = re.search(r"^--- models\n(.*)", rest, re.M | re.S).group(1)
        cases.append(dict(name=name.strip(), options=options, sql=sql, models=models))
    by_name = {c["name"]: c for c in cases}
    for c in cases:
        for key in ("sql", "models"):
            ref = c[key].strip()
            if ref.startswith("@"):
                c[key] = by_name[ref[1:]][key]
        c["models"] = c["models"].rstrip("\n") + "\n"
    return cases


def alembic(project, *args):
    env = dict(os.environ, PYTHONHASHSEED="0", TZ="UTC")
    p = subprocess.run(
        ["/usr/bin/alembic", *args],
        cwd=project,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    return p.returncode, p.stdout.replace(project, "<project>")


def body(path):
    text = open(path).read()
    return re.sub(r"Create Date: .*", "Create Date: <date>", text)


def last_line(output):
    lines = [l for l in output.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def run_case(case, tmp):
    project = os.path.join(tmp, case["name"])
    shutil.copytree(os.path.join(HERE, "project"), project)
    env_py = os.path.join(project, "alembic", "env.py")
    options = "".join(
        "            %s,\n" % o.strip() for o in case["options"].split(",") if o.strip()
    )
    text = open(env_py).read().replace("            # OPTIONS\n", options)
    open(env_py, "w").write(text)
    open(os.path.join(project, "models.py"), "w").write(case["models"])
    db = sqlite3.connect(os.path.join(project, "database.db"))
    db.executescript(case["sql"])
    db.close()
    out = ["=== " + case["name"]]
    code, output = alembic(project, "revision", "--autogenerate", "-m", "case", "--rev-id", "000000000001")
    out += ["--- revision exit %d" % code, output.rstrip("\n")]
    out += ["--- file", body(os.path.join(project, "alembic/versions/000000000001_case.py")).rstrip("\n")]
    code, output = alembic(project, "upgrade", "head")
    out += ["--- upgrade exit %d" % code, last_line(output)]
    code, output = alembic(project, "revision", "--autogenerate", "-m", "again", "--rev-id", "000000000002")
    out += ["--- again exit %d" % code, output.rstrip("\n")]
    path = os.path.join(project, "alembic/versions/000000000002_again.py")
    if os.path.exists(path):
        text = body(path)
        out += ["--- again upgrade", text[text.index("def upgrade"):text.index("def downgrade")].rstrip("\n")]
    return "\n".join(out) + "\n"


def main():
    out_dir = sys.argv[1]
    cases = parse_cases(open(os.path.join(HERE, "cases.txt")).read())
    with tempfile.TemporaryDirectory() as tmp:
        result = "".join(run_case(c, tmp) for c in cases)
    open(os.path.join(out_dir, "autogen.golden"), "w").write(result)


if __name__ == "__main__":
    main()
