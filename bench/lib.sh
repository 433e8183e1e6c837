# Shared helpers for the benchmarks: timing, medians, and a configured personal_todo project.

# Wall-clock milliseconds of one run of a command in a directory (output discarded).
time_once() {
  local dir=$1; shift
  local start end
  start=$(date +%s%N)
  (cd "$dir" && "$@" >/dev/null 2>&1 </dev/null) || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

ratio() { awk -v t="$1" -v r="$2" 'BEGIN {printf "%.2f", t / r}'; }

# A personal_todo project initialised and configured by real Alembic.
make_configured_project() {
  local dir=$1
  mkdir -p "$dir"
  cp -r sandbox/personal_todo/app "$dir/"
  sqlite3 "$dir/database.db" < sandbox/personal_todo/database.sql
  (cd "$dir" && alembic init alembic >/dev/null)
  sed -i 's#driver://user:pass@localhost/dbname#sqlite:///database.db#' "$dir/alembic.ini"
  sed -i 's/^from alembic import context$/from alembic import context\nfrom app.core.database import Base\nimport app.models/; s/^target_metadata = None$/target_metadata = Base.metadata/' "$dir/alembic/env.py"
}

# Runs "alembic ARGS" in $work/real with real Alembic and in $work/tutor with the tutor, N times
# each (alternating, after an optional setup command in each), and prints medians and the ratio.
bench() {
  local label=$1 setup=$2; shift 2
  local real_times="" tutor_times=""
  for _ in $(seq "$N"); do
    if [ -n "$setup" ]; then (cd "$work/real" && eval "alembic $setup" >/dev/null 2>&1 || true); fi
    real_times+="$(time_once "$work/real" alembic "$@")"$'\n'
    if [ -n "$setup" ]; then (cd "$work/tutor" && eval "java -jar $JAR alembic $setup" >/dev/null 2>&1 || true); fi
    tutor_times+="$(time_once "$work/tutor" java -jar "$JAR" alembic "$@")"$'\n'
  done
  local r t
  r=$(printf '%s' "$real_times" | median)
  t=$(printf '%s' "$tutor_times" | median)
  printf '%-34s alembic %6s ms   tutor %6s ms   ratio %s\n' "$label" "$r" "$t" "$(ratio "$t" "$r")"
}
