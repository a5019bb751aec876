#!/usr/bin/env bash
# Load test on demand (never in `make test`): gunicorn with the production settings on a PostgreSQL database of
# its own, 200 simulated councillors (Locust, headless) for 6 minutes, then a check that no progress was lost.
#
#   loadtest/run.sh                                   # or: make loadtest
#   LOADTEST_SCENARIO=seminar loadtest/run.sh         # the seminar peak: 200 log in within 2 minutes
#   LOADTEST_USERS=50 LOADTEST_RUN_TIME=1m loadtest/run.sh
#
# Settings (environment): LOADTEST_SCENARIO (journey: people arriving one a second and studying; seminar: 200
# logging in within 2 minutes and opening the same lesson, then studying), LOADTEST_USERS (200),
# LOADTEST_SPAWN_RATE (1 per second; seminar: users / 120 s), LOADTEST_RUN_TIME (6m; seminar: 4m),
# LOADTEST_GENERATOR_CPU (unset; a CPU number pins Locust to that core with taskset and the server to the
# others), LOADTEST_DB (loadtest_training; must start with loadtest_), LOADTEST_REDIS_DB (5), LOADTEST_PORT
# (8150), LOADTEST_WORKERS (3), LOADTEST_THREADS (4), LOADTEST_WAIT_MIN / _MAX (3 / 10 s between a user's steps), LOADTEST_OUT (a new temporary folder). Needs PostgreSQL and Redis on 127.0.0.1 and
# `pip install -r requirements-load.txt`. Requests only ever go to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=.venv/bin
# Dropped and recreated on every run, so only ever a database whose name starts with loadtest_.
DB=${LOADTEST_DB:-loadtest_training}
REDIS_DB=${LOADTEST_REDIS_DB:-5}
case "$DB" in loadtest_*) ;; *) echo "LOADTEST_DB must start with loadtest_, not $DB" >&2; exit 2 ;; esac
SCENARIO=${LOADTEST_SCENARIO:-journey}
USERS=${LOADTEST_USERS:-200}
case "$SCENARIO" in
    journey) USER_CLASS=Councillor; DEFAULT_SPAWN_RATE=1; DEFAULT_RUN_TIME=6m ;;
    seminar) USER_CLASS=SeminarCouncillor; DEFAULT_SPAWN_RATE=$(awk "BEGIN { printf \"%.3f\", $USERS / 120 }")
             DEFAULT_RUN_TIME=4m ;;
    *) echo "LOADTEST_SCENARIO must be journey or seminar, not $SCENARIO" >&2; exit 2 ;;
esac
SPAWN_RATE=${LOADTEST_SPAWN_RATE:-$DEFAULT_SPAWN_RATE}
RUN_TIME=${LOADTEST_RUN_TIME:-$DEFAULT_RUN_TIME}
# Where each side runs: with LOADTEST_GENERATOR_CPU=1, Locust on core 1 and gunicorn on the others.
GENERATOR_PIN=()
SERVER_PIN=()
if [ -n "${LOADTEST_GENERATOR_CPU:-}" ]; then
    OTHERS=$(seq 0 $(($(nproc) - 1)) | grep -vx "$LOADTEST_GENERATOR_CPU" | paste -sd, -)
    GENERATOR_PIN=(taskset -c "$LOADTEST_GENERATOR_CPU")
    SERVER_PIN=(taskset -c "$OTHERS")
fi
PORT=${LOADTEST_PORT:-8150}
WORKERS=${LOADTEST_WORKERS:-3}
THREADS=${LOADTEST_THREADS:-4}
OUT=${LOADTEST_OUT:-$(mktemp -d /tmp/loadtest.XXXXXX)}
PASSWORD="Kuormitus-$(date +%s)!"
mkdir -p "$OUT"

export DJANGO_SETTINGS_MODULE=training.settings.production
SECRET_KEY=$($BIN/python -c 'import secrets, string; a = string.ascii_letters + string.digits; print("".join(secrets.choice(a) for _ in range(60)))')
export SECRET_KEY
export ALLOWED_HOSTS=127.0.0.1
export WAGTAILADMIN_BASE_URL=https://127.0.0.1  # production settings require an https base address
export SECURE_SSL_REDIRECT=false
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB"
export REDIS_URL="redis://127.0.0.1:6379/$REDIS_DB"
export CACHE_KEY_PREFIX=loadtest
export LOG_LEVEL=WARNING
export EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
export LOADTEST_PLAN="$OUT/plan.json" LOADTEST_RESULTS="$OUT/results.json"

echo "== Database $DB (recreated), Redis db $REDIS_DB (flushed), results in $OUT"
psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
redis-cli -h 127.0.0.1 -n "$REDIS_DB" flushdb >/dev/null

echo "== migrate, load_demo, collectstatic, $USERS learners"
$BIN/python manage.py migrate --noinput -v 0
$BIN/python manage.py load_demo >/dev/null
$BIN/python manage.py collectstatic --noinput -v 0
$BIN/python loadtest/prepare.py --users "$USERS" --password "$PASSWORD" --plan "$LOADTEST_PLAN"

echo "== gunicorn on 127.0.0.1:$PORT ($WORKERS workers x $THREADS threads)"
# Keep-alive longer than the longest wait between a user's steps: with gunicorn's default of 2 s, the server
# closes an idle connection just as the simulated browser sends its next POST on it, and the POST fails with
# "no response". In production the reverse proxy holds the browsers' connections, so this race is the test's own.
"${SERVER_PIN[@]}" $BIN/gunicorn training.wsgi --bind "127.0.0.1:$PORT" --workers "$WORKERS" --threads "$THREADS" \
    --worker-class gthread --timeout 60 --keep-alive 30 --error-logfile "$OUT/gunicorn.log" &
GUNICORN_PID=$!
trap 'kill "$GUNICORN_PID" 2>/dev/null; wait "$GUNICORN_PID" 2>/dev/null || true' EXIT
for _ in $(seq 60); do
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT/tili/kirjaudu/" && break
    sleep 1
done

echo "== Locust ($SCENARIO, $USER_CLASS): $USERS users, $SPAWN_RATE/s, $RUN_TIME${GENERATOR_PIN[*]:+, ${GENERATOR_PIN[*]}}"
# CPU time used during the run, to set beside the latencies: the whole machine (/proc/stat, every process,
# other people's included), the server (gunicorn's master and workers) and the generator (Locust reports its
# own). CLK_TCK ticks per second.
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat; }
server_ticks() {
    local total=0 pid
    for pid in "$GUNICORN_PID" $(pgrep -P "$GUNICORN_PID"); do
        total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
read -r BUSY_BEFORE IDLE_BEFORE < <(machine_ticks)
SERVER_BEFORE=$(server_ticks)
# Locust exits with 1 when any request failed; the verdict comes from verify.py below.
"${GENERATOR_PIN[@]}" $BIN/locust -f loadtest/locustfile.py --headless --host "http://127.0.0.1:$PORT" \
    --users "$USERS" --spawn-rate "$SPAWN_RATE" --run-time "$RUN_TIME" --stop-timeout 30 --csv "$OUT/locust" \
    --only-summary --loglevel WARNING "$USER_CLASS" 2>&1 | tee "$OUT/locust.txt" || true
read -r BUSY_AFTER IDLE_AFTER < <(machine_ticks)
SERVER_AFTER=$(server_ticks)
cat >"$OUT/cpu.json" <<JSON
{"clock_ticks": $(getconf CLK_TCK), "cores": $(nproc), "load_average_after": "$(cut -d' ' -f1-3 /proc/loadavg)",
 "machine_busy_ticks": $((BUSY_AFTER - BUSY_BEFORE)), "machine_idle_ticks": $((IDLE_AFTER - IDLE_BEFORE)),
 "server_ticks": $((SERVER_AFTER - SERVER_BEFORE)), "scenario": "$SCENARIO", "users": $USERS,
 "spawn_rate": "$SPAWN_RATE", "run_time": "$RUN_TIME", "generator_pinned": "${LOADTEST_GENERATOR_CPU:-}"}
JSON

echo "== Verdict"
$BIN/python loadtest/verify.py --results "$LOADTEST_RESULTS" --stats "$OUT/locust_stats.csv" --cpu "$OUT/cpu.json" \
    | tee "$OUT/verdict.md"
