#!/usr/bin/env bash
# Cold-start benchmark: the same commands, on the same project, through real Alembic and through
# `java -jar target/tutor.jar alembic`, run alternately N times each. Prints the median wall-clock
# time of each tool and the ratio tutor/alembic. Needs real Alembic (apt-get install alembic) and a
# built jar (mvn -q package -DskipTests).
#
#   bench/cold-start.sh [N]        (default N=10)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
N=${1:-10}
JAR=$PWD/target/tutor.jar
[ -f "$JAR" ] || { echo "build the jar first: mvn -q package -DskipTests" >&2; exit 1; }
command -v alembic >/dev/null || { echo "real Alembic is not installed (apt-get install -y alembic)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A project like the core course's, with three revisions: a batch add_column, an index, and a
# plain revision, so `upgrade head` has real work to do.
make_project() {
  local dir=$1
  make_configured_project "$dir"
  (cd "$dir" && alembic revision -m "add deleted_at" --rev-id aaaa00000001 >/dev/null \
    && alembic revision -m "index title" --rev-id aaaa00000002 >/dev/null \
    && alembic revision -m "nothing" --rev-id aaaa00000003 >/dev/null)
  python3 - "$dir" <<'PY'
import sys, pathlib
v = pathlib.Path(sys.argv[1]) / "alembic" / "versions"
def fill(name, up, down):
    p = next(v.glob(name + "_*.py"))
    s = p.read_text()
    s = s.replace("def upgrade() -> None:\n    pass\n", "def upgrade() -> None:\n" + up)
    s = s.replace("def downgrade() -> None:\n    pass\n", "def downgrade() -> None:\n" + down)
    p.write_text(s)
fill("aaaa00000001",
     "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
     "        batch_op.add_column(sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True))\n",
     "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
     "        batch_op.drop_column('deleted_at')\n")
fill("aaaa00000002",
     "    op.create_index('ix_todos_title', 'todos', ['title'], unique=False)\n",
     "    op.drop_index('ix_todos_title', table_name='todos')\n")
PY
}
make_project "$work/real"
make_project "$work/tutor"


echo "N=$N runs each, median wall clock per process, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(alembic --version), $(java -version 2>&1 | head -n 1)"
bench "history" "" history
bench "heads" "" heads
bench "current" "" current
bench "upgrade head (already at head)" "upgrade head" upgrade head
bench "upgrade head (3 revisions)" "downgrade base" upgrade head
bench "upgrade head --sql" "" upgrade head --sql
