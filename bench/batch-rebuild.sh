#!/usr/bin/env bash
# A batch "move and copy" of a table with 300,000 rows (a NOT NULL column tightened, so the table
# is rebuilt), through real Alembic and through the tutor, N times each on fresh copies; and the
# same copy done by SQLite alone (INSERT ... SELECT into a new table), as the floor.
#
#   bench/batch-rebuild.sh [N] [ROWS]      (defaults 5, 300000)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
N=${1:-5}
ROWS=${2:-300000}
JAR=$PWD/target/tutor.jar
[ -f "$JAR" ] || { echo "build the jar first: mvn -q package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make_configured_project "$work/template"
sqlite3 "$work/template/database.db" "WITH RECURSIVE n(i) AS (SELECT 4 UNION ALL SELECT i + 1 FROM n WHERE i < $ROWS) INSERT INTO todos (id, title, description, is_completed, created_at) SELECT i, 'todo ' || i, 'text', i % 2, '2024-01-01 09:00:00.000000' FROM n;"
(cd "$work/template" && alembic revision -m "description required" --rev-id bbbb00000001 >/dev/null)
python3 - "$work/template" <<'PY'
import sys, pathlib
p = next((pathlib.Path(sys.argv[1]) / "alembic" / "versions").glob("bbbb00000001_*.py"))
s = p.read_text()
s = s.replace("def upgrade() -> None:\n    pass\n",
    "def upgrade() -> None:\n    op.execute(\"UPDATE todos SET description = '' WHERE description IS NULL\")\n"
    "    with op.batch_alter_table('todos', schema=None) as batch_op:\n"
    "        batch_op.alter_column('description', existing_type=sa.Text(), nullable=False)\n")
p.write_text(s)
PY

run_tool() {
  local label=$1; shift
  local times=""
  for i in $(seq "$N"); do
    rm -rf "$work/run"; cp -r "$work/template" "$work/run"
    times+="$(time_once "$work/run" "$@" upgrade head)"$'\n'
  done
  printf '%s' "$times" | median
}
sqlite_floor() {
  local times=""
  for i in $(seq "$N"); do
    rm -rf "$work/run"; cp -r "$work/template" "$work/run"
    times+="$(time_once "$work/run" sqlite3 -bail database.db "UPDATE todos SET description = '' WHERE description IS NULL; CREATE TABLE t2 (id INTEGER NOT NULL, title VARCHAR(255) NOT NULL, description TEXT NOT NULL, is_completed BOOLEAN NOT NULL, created_at DATETIME NOT NULL, PRIMARY KEY (id)); INSERT INTO t2 (id, title, description, is_completed, created_at) SELECT id, title, description, is_completed, created_at FROM todos; DROP TABLE todos; ALTER TABLE t2 RENAME TO todos;")"$'\n'
  done
  printf '%s' "$times" | median
}

echo "N=$N, $ROWS rows, median wall clock, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
real=$(run_tool real alembic)
tutor=$(run_tool tutor java -jar "$JAR" alembic)
floor=$(sqlite_floor)
printf 'alembic upgrade head (rebuild)   alembic %6s ms   tutor %6s ms   ratio %s\n' "$real" "$tutor" "$(ratio "$tutor" "$real")"
printf 'sqlite3 INSERT ... SELECT alone          %6s ms   tutor/sqlite %s\n' "$floor" "$(ratio "$tutor" "$floor")"
