#!/usr/bin/env bash
# Load test on demand (never in `make test`): gunicorn with the production settings on a PostgreSQL database of
# its own, 200 simulated councillors (Locust, headless) for 6 minutes, then a check that no progress was lost.
#
#   loadtest/run.sh                                   # or: make loadtest
#   LOADTEST_USERS=50 LOADTEST_RUN_TIME=1m loadtest/run.sh
#
# Settings (environment): LOADTEST_USERS (200), LOADTEST_SPAWN_RATE (1 per second), LOADTEST_RUN_TIME (6m),
# LOADTEST_PORT (8150), LOADTEST_WORKERS (3), LOADTEST_THREADS (4), LOADTEST_WAIT_MIN / _MAX (3 / 10 s between
# a user's steps), LOADTEST_OUT (a new temporary folder). Needs PostgreSQL and Redis on 127.0.0.1 and
# `pip install -r requirements-load.txt`. Requests only ever go to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=.venv/bin
DB=loadtest_training  # dropped and recreated on every run; never any other database
USERS=${LOADTEST_USERS:-200}
SPAWN_RATE=${LOADTEST_SPAWN_RATE:-1}
RUN_TIME=${LOADTEST_RUN_TIME:-6m}
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
export REDIS_URL=redis://127.0.0.1:6379/5
export CACHE_KEY_PREFIX=loadtest
export LOG_LEVEL=WARNING
export EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
export LOADTEST_PLAN="$OUT/plan.json" LOADTEST_RESULTS="$OUT/results.json"

echo "== Database $DB (recreated), Redis db 5 (flushed), results in $OUT"
psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
redis-cli -h 127.0.0.1 -n 5 flushdb >/dev/null

echo "== migrate, load_demo, collectstatic, $USERS learners"
$BIN/python manage.py migrate --noinput -v 0
$BIN/python manage.py load_demo >/dev/null
$BIN/python manage.py collectstatic --noinput -v 0
$BIN/python loadtest/prepare.py --users "$USERS" --password "$PASSWORD" --plan "$LOADTEST_PLAN"

echo "== gunicorn on 127.0.0.1:$PORT ($WORKERS workers x $THREADS threads)"
# Keep-alive longer than the longest wait between a user's steps: with gunicorn's default of 2 s, the server
# closes an idle connection just as the simulated browser sends its next POST on it, and the POST fails with
# "no response". In production the reverse proxy holds the browsers' connections, so this race is the test's own.
$BIN/gunicorn training.wsgi --bind "127.0.0.1:$PORT" --workers "$WORKERS" --threads "$THREADS" \
    --worker-class gthread --timeout 60 --keep-alive 30 --error-logfile "$OUT/gunicorn.log" &
GUNICORN_PID=$!
trap 'kill "$GUNICORN_PID" 2>/dev/null; wait "$GUNICORN_PID" 2>/dev/null || true' EXIT
for _ in $(seq 60); do
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT/tili/kirjaudu/" && break
    sleep 1
done

echo "== Locust: $USERS users, $SPAWN_RATE/s, $RUN_TIME"
# Locust exits with 1 when any request failed; the verdict comes from verify.py below.
$BIN/locust -f loadtest/locustfile.py --headless --host "http://127.0.0.1:$PORT" --users "$USERS" \
    --spawn-rate "$SPAWN_RATE" --run-time "$RUN_TIME" --stop-timeout 30 --csv "$OUT/locust" \
    --only-summary --loglevel WARNING 2>&1 | tee "$OUT/locust.txt" || true

echo "== Verdict"
$BIN/python loadtest/verify.py --results "$LOADTEST_RESULTS" --stats "$OUT/locust_stats.csv" | tee "$OUT/verdict.md"
