#!/usr/bin/env bash
# A chain of 1,000 revisions: `history`, `heads`, and `upgrade head` through all of them, through
# real Alembic and through the tutor, N times each, medians and ratios.
#
#   bench/revision-chain.sh [N] [REVISIONS]      (defaults 5, 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
N=${1:-5}
COUNT=${2:-1000}
JAR=$PWD/target/tutor.jar
[ -f "$JAR" ] || { echo "build the jar first: mvn -q package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make_configured_project "$work/project"
python3 - "$work/project" "$COUNT" <<'PY'
import sys, pathlib
versions = pathlib.Path(sys.argv[1]) / "alembic" / "versions"
previous = None
for i in range(int(sys.argv[2])):
    rid = "%012x" % (i + 1)
    versions.joinpath(f"{rid}_step_{i}.py").write_text(f'''"""step {i}

Revision ID: {rid}
Revises: {previous or ""}
Create Date: 2024-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '{rid}'
down_revision = {previous!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE todos SET is_completed = is_completed WHERE id = {i % 3 + 1}")


def downgrade() -> None:
    pass
''')
    previous = rid
PY
cp -r "$work/project" "$work/real"
cp -r "$work/project" "$work/tutor"


echo "N=$N, $COUNT revisions, median wall clock, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
bench "history" "" history
bench "heads" "" heads
bench "upgrade head ($COUNT steps)" "stamp base --purge" upgrade head
