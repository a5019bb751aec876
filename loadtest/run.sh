#!/usr/bin/env bash
# Load test on demand (never in `make test`): gunicorn with the production settings on a PostgreSQL database of
# its own, 200 simulated councillors (Locust, headless) for 6 minutes, then a check that no progress was lost.
#
#   loadtest/run.sh                                   # or: make loadtest
#   LOADTEST_SCENARIO=seminar loadtest/run.sh         # the seminar peak: 200 log in within 2 minutes
#   LOADTEST_USERS=50 LOADTEST_RUN_TIME=1m loadtest/run.sh
#   LOADTEST_SERVERS=2 LOADTEST_KILL_AFTER=90 loadtest/run.sh   # two app servers behind HAProxy; one stopped
#
# Settings (environment): LOADTEST_SCENARIO (journey: people arriving one a second and studying; seminar: 200
# logging in within 2 minutes and opening the same lesson, then studying), LOADTEST_USERS (200),
# LOADTEST_SPAWN_RATE (1 per second; seminar: users / 120 s), LOADTEST_RUN_TIME (6m; seminar: 4m),
# LOADTEST_KEEP_DB (unset; 1 reuses the database and static files of the previous run on the same code,
# skipping migrate, load_demo and collectstatic), LOADTEST_GENERATOR_CPU (unset; a CPU number pins Locust to
# that core with taskset and the server to the others), LOADTEST_DB (loadtest_training; must start with
# loadtest_), LOADTEST_REDIS_DB (5), LOADTEST_PORT (8150), LOADTEST_WORKERS (3 per app server),
# LOADTEST_THREADS (4), LOADTEST_WAIT_MIN / _MAX (3 / 10 s between a user's steps), LOADTEST_OUT (a new
# temporary folder), LOADTEST_TASK_WORKERS (1: `manage.py db_worker` processes sending the e-mails the run
# causes, through Django's file backend into LOADTEST_OUT/mail).
# Two app servers: LOADTEST_SERVERS (1; 2 starts two gunicorns on LOADTEST_PORT+1 and +2 behind HAProxy on
# LOADTEST_PORT, configured by loadtest/haproxy.py), LOADTEST_KILL_AFTER (unset; seconds into the run at which
# the second app server is stopped), LOADTEST_KILL_SIGNAL (TERM: gunicorn's graceful stop, as in a deployment;
# KILL: the server and its workers die at once, as in a crash). Needs PostgreSQL and Redis on 127.0.0.1, HAProxy
# for two servers, and `pip install -r requirements-load.txt`. Requests only ever go to 127.0.0.1.
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
TASK_WORKERS=${LOADTEST_TASK_WORKERS:-1}
SERVERS=${LOADTEST_SERVERS:-1}
KILL_AFTER=${LOADTEST_KILL_AFTER:-}
KILL_SIGNAL=${LOADTEST_KILL_SIGNAL:-TERM}
case "$SERVERS" in 1 | 2) ;; *) echo "LOADTEST_SERVERS must be 1 or 2, not $SERVERS" >&2; exit 2 ;; esac
case "$KILL_SIGNAL" in TERM | KILL) ;; *) echo "LOADTEST_KILL_SIGNAL must be TERM or KILL" >&2; exit 2 ;; esac
if [ -n "$KILL_AFTER" ] && [ "$SERVERS" != 2 ]; then
    echo "LOADTEST_KILL_AFTER needs LOADTEST_SERVERS=2: stopping the only server stops the test" >&2
    exit 2
fi
OUT=${LOADTEST_OUT:-$(mktemp -d /tmp/loadtest.XXXXXX)}
PASSWORD="Kuormitus-$(date +%s)!"
mkdir -p "$OUT"
rm -rf "$OUT/mail" "$OUT/kill.json" "$OUT/haproxy_stats.csv"

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
# Every e-mail (sent by the task worker) lands in a file, so verify.py can count them.
export EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend EMAIL_FILE_PATH="$OUT/mail"
export LOADTEST_PLAN="$OUT/plan.json" LOADTEST_RESULTS="$OUT/results.json"

if [ "${LOADTEST_KEEP_DB:-}" = 1 ]; then
    # A second run on the same code: the demo content and the static files are there already; prepare.py
    # resets the learners' progress and registrations.
    echo "== Database $DB (kept from the last run), Redis db $REDIS_DB (flushed), results in $OUT"
    redis-cli -h 127.0.0.1 -n "$REDIS_DB" flushdb >/dev/null
else
    echo "== Database $DB (recreated), Redis db $REDIS_DB (flushed), results in $OUT"
    psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
    redis-cli -h 127.0.0.1 -n "$REDIS_DB" flushdb >/dev/null
    echo "== migrate, load_demo, collectstatic"
    $BIN/python manage.py migrate --noinput -v 0
    $BIN/python manage.py load_demo >/dev/null
    $BIN/python manage.py collectstatic --noinput -v 0
fi
echo "== $USERS learners"
$BIN/python loadtest/prepare.py --users "$USERS" --password "$PASSWORD" --plan "$LOADTEST_PLAN"
# load_demo queues a thousand search-index and reference-index updates as background tasks: run them now, so
# that the run's e-mails do not wait behind them and the run's CPU goes to the journey.
$BIN/python manage.py db_worker --batch --no-startup-delay >"$OUT/setup_tasks.log" 2>&1

# The app servers: one on $PORT, or two on $PORT+1 and $PORT+2 behind HAProxy on $PORT. Every process's id is
# kept, so that the trap stops only what this script started.
SERVER_PIDS=()
SUPPORT_PIDS=()  # HAProxy and the task workers
stop_all() {
    local pid
    for pid in "${SERVER_PIDS[@]}" "${SUPPORT_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${SERVER_PIDS[@]}" "${SUPPORT_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT
start_server() {  # port, log file
    # Keep-alive longer than the longest wait between a user's steps: with gunicorn's default of 2 s, the server
    # closes an idle connection just as the simulated browser sends its next POST on it, and the POST fails with
    # "no response". In production the reverse proxy holds the browsers' connections, so this race is the test's
    # own.
    "${SERVER_PIN[@]}" $BIN/gunicorn training.wsgi --bind "127.0.0.1:$1" --workers "$WORKERS" --threads "$THREADS" \
        --worker-class gthread --timeout 60 --keep-alive 30 --error-logfile "$2" &
    SERVER_PIDS+=($!)
}
wait_for() {  # url
    for _ in $(seq 90); do
        curl -fs -o /dev/null -H "X-Forwarded-Proto: https" "$1" && return 0
        sleep 1
    done
    echo "No answer from $1" >&2
    exit 1
}
if [ "$SERVERS" = 1 ]; then
    echo "== gunicorn on 127.0.0.1:$PORT ($WORKERS workers x $THREADS threads)"
    start_server "$PORT" "$OUT/gunicorn.log"
    wait_for "http://127.0.0.1:$PORT/tili/kirjaudu/"
else
    echo "== 2 gunicorns on 127.0.0.1:$((PORT + 1)) and :$((PORT + 2)) ($WORKERS workers x $THREADS threads each)," \
        "HAProxy on 127.0.0.1:$PORT"
    start_server "$((PORT + 1))" "$OUT/gunicorn1.log"
    start_server "$((PORT + 2))" "$OUT/gunicorn2.log"
    $BIN/python loadtest/haproxy.py config --port "$PORT" --socket "$OUT/haproxy.sock" \
        --server "127.0.0.1:$((PORT + 1))" --server "127.0.0.1:$((PORT + 2))" >"$OUT/haproxy.cfg"
    wait_for "http://127.0.0.1:$((PORT + 1))/tili/kirjaudu/"
    wait_for "http://127.0.0.1:$((PORT + 2))/tili/kirjaudu/"
    /usr/sbin/haproxy -db -f "$OUT/haproxy.cfg" >"$OUT/haproxy.log" 2>&1 &
    SUPPORT_PIDS+=($!)
    wait_for "http://127.0.0.1:$PORT/tili/kirjaudu/"
fi
echo "== $TASK_WORKERS task worker(s) (manage.py db_worker), e-mails into $OUT/mail"
for n in $(seq "$TASK_WORKERS"); do
    $BIN/python manage.py db_worker --no-startup-delay --interval 1 >"$OUT/task_worker$n.log" 2>&1 &
    SUPPORT_PIDS+=($!)
done

echo "== Locust ($SCENARIO, $USER_CLASS): $USERS users, $SPAWN_RATE/s, $RUN_TIME${GENERATOR_PIN[*]:+, ${GENERATOR_PIN[*]}}"
# CPU time used during the run, to set beside the latencies: the whole machine (/proc/stat, every process,
# other people's included), the server (gunicorn's master and workers) and the generator (Locust reports its
# own). CLK_TCK ticks per second.
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat; }
# A stopped server's time is gone from /proc with it: with LOADTEST_KILL_AFTER, it counts as "everything else".
ticks_of() {  # process ids: their CPU ticks and their children's
    local total=0 pid
    for pid in "$@" $(for parent in "$@"; do pgrep -P "$parent"; done); do
        total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
read -r BUSY_BEFORE IDLE_BEFORE < <(machine_ticks)
SERVER_BEFORE=$(ticks_of "${SERVER_PIDS[@]}")
SUPPORT_BEFORE=$(ticks_of "${SUPPORT_PIDS[@]}")
if [ -n "$KILL_AFTER" ]; then
    VICTIM=${SERVER_PIDS[1]}
    (
        sleep "$KILL_AFTER"
        AT=$(date +%s.%N)
        if [ "$KILL_SIGNAL" = KILL ]; then
            # A crash: the master and its workers die at once, requests in hand included.
            kill -KILL "$VICTIM" $(pgrep -P "$VICTIM") 2>/dev/null || true
        else
            # A deployment's stop: the master stops listening and its workers finish the requests in hand.
            kill -TERM "$VICTIM" 2>/dev/null || true
        fi
        sleep 1
        # Its processes still running a second later (a graceful stop's workers finishing their requests).
        SURVIVORS=$(pgrep -cP "$VICTIM" || true)
        if ps -o stat= -p "$VICTIM" | grep -qv Z; then SURVIVORS=$((SURVIVORS + 1)); fi
        echo "== stopped app server 2 (gunicorn $VICTIM) with SIG$KILL_SIGNAL after $KILL_AFTER s" >&2
        printf '{"server": "app2", "pid": %s, "signal": "%s", "after_seconds": %s, "at": %s, ' \
            "$VICTIM" "$KILL_SIGNAL" "$KILL_AFTER" "$AT" >"$OUT/kill.json"
        printf '"survivors": %s}\n' "$SURVIVORS" >>"$OUT/kill.json"
    ) &
    SUPPORT_PIDS+=($!)
fi
# Locust exits with 1 when any request failed; the verdict comes from verify.py below.
"${GENERATOR_PIN[@]}" $BIN/locust -f loadtest/locustfile.py --headless --host "http://127.0.0.1:$PORT" \
    --users "$USERS" --spawn-rate "$SPAWN_RATE" --run-time "$RUN_TIME" --stop-timeout 30 --csv "$OUT/locust" \
    --only-summary --loglevel WARNING "$USER_CLASS" 2>&1 | tee "$OUT/locust.txt" || true
read -r BUSY_AFTER IDLE_AFTER < <(machine_ticks)
SERVER_AFTER=$(ticks_of "${SERVER_PIDS[@]}")
SUPPORT_AFTER=$(ticks_of "${SUPPORT_PIDS[@]}")
cat >"$OUT/cpu.json" <<JSON
{"clock_ticks": $(getconf CLK_TCK), "cores": $(nproc), "load_average_after": "$(cut -d' ' -f1-3 /proc/loadavg)",
 "machine_busy_ticks": $((BUSY_AFTER - BUSY_BEFORE)), "machine_idle_ticks": $((IDLE_AFTER - IDLE_BEFORE)),
 "server_ticks": $((SERVER_AFTER - SERVER_BEFORE)), "support_ticks": $((SUPPORT_AFTER - SUPPORT_BEFORE)),
 "servers": $SERVERS, "scenario": "$SCENARIO", "users": $USERS,
 "spawn_rate": "$SPAWN_RATE", "run_time": "$RUN_TIME", "generator_pinned": "${LOADTEST_GENERATOR_CPU:-}"}
JSON

VERIFY_EXTRA=()
if [ "$SERVERS" = 2 ]; then
    $BIN/python loadtest/haproxy.py stats --socket "$OUT/haproxy.sock" >"$OUT/haproxy_stats.csv"
    VERIFY_EXTRA+=(--haproxy-stats "$OUT/haproxy_stats.csv")
fi
[ -e "$OUT/kill.json" ] && VERIFY_EXTRA+=(--kill "$OUT/kill.json")

echo "== Verdict (after the task workers have emptied the queue)"
# The task workers are still running: verify.py waits for them to send what the run queued.
$BIN/python loadtest/verify.py --results "$LOADTEST_RESULTS" --stats "$OUT/locust_stats.csv" --cpu "$OUT/cpu.json" \
    --plan "$LOADTEST_PLAN" --mail-dir "$OUT/mail" "${VERIFY_EXTRA[@]}" | tee "$OUT/verdict.md"
