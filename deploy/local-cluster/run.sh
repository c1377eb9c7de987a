#!/usr/bin/env bash
# A highly available fleethub on one machine, loopback only, in a temporary directory:
#   - etcd, three members (the consensus Patroni keeps its leader key in);
#   - PostgreSQL 15, a primary and a synchronous standby under Patroni
#     (synchronous_mode: true: a commit is acknowledged only once it is on both);
#   - HAProxy, sending database connections to whichever member Patroni's REST API
#     calls the primary (GET /primary answers 200 only there);
#   - two fleethub processes, both with DATABASE_URL pointing at HAProxy;
# then runs the failover test (failover-test.ts) against it, or with --keep waits
# until Ctrl-C. Every process and the temporary directory are removed on exit.
#
#   deploy/local-cluster/run.sh            start, run the failover test, stop
#   deploy/local-cluster/run.sh --keep     start and keep running (Ctrl-C stops)
#
# Needs Debian/Ubuntu packages patroni, etcd-server, haproxy and PostgreSQL 15; the
# missing ones are installed with apt-get (as root, or with sudo). Ports are
# HA_BASE_PORT (default 17400) + 1…59. Everything after the build is bounded by HA_TIMEOUT_S (240 s).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BASE="${HA_BASE_PORT:-17400}"
TIMEOUT_S="${HA_TIMEOUT_S:-240}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
KEEP=false
[[ "${1:-}" == "--keep" ]] && KEEP=true

STARTED=$SECONDS
log() { printf '[%3ds] %s\n' "$((SECONDS - STARTED))" "$*"; }
fail() {
  log "FAILED: $*"
  exit 1
}

# --- packages -------------------------------------------------------------------------
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v patroni >/dev/null || missing+=(patroni)
command -v etcd >/dev/null || missing+=(etcd-server)
command -v haproxy >/dev/null || missing+=(haproxy)
[[ -x "$PG_BIN/postgres" ]] || missing+=(postgresql-15)
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  as_root apt-get update -qq
  # policy-rc.d keeps the packages' own services from starting: this script runs its own.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
command -v node >/dev/null || fail "node is not on PATH"

# --- the server build -----------------------------------------------------------------
# A stamp written after each build: tsc leaves unchanged output files as they were, so
# their times cannot tell whether the sources changed since.
STAMP="$ROOT/dist/.local-cluster-built"
newest_src=$(find "$ROOT/src" "$ROOT/tsconfig.json" "$ROOT/tsconfig.build.json" -type f -printf '%T@\n' | sort -n | tail -1)
built=$(stat -c %Y "$STAMP" 2>/dev/null || echo 0)
if [[ ! -f "$ROOT/dist/cli/main.js" || "${newest_src%.*}" -ge "$built" ]]; then
  log "building the server (npm run build:server)"
  (cd "$ROOT" && npm run -s build:server)
  touch "$STAMP"
fi

# --- temporary directory and clean-up --------------------------------------------------
WORK="$(mktemp -d -t fleethub-ha.XXXXXX)"
chmod 755 "$WORK"
PIDS=()
WATCHDOG=""
cleanup() {
  local code=$?
  trap - EXIT INT TERM USR1
  # The watchdog first (so that it cannot fire while this runs), then its sleep.
  kill -TERM "$WATCHDOG" 2>/dev/null || true
  [[ -f "$WORK/watchdog-sleep.pid" ]] && kill -TERM "$(cat "$WORK/watchdog-sleep.pid")" 2>/dev/null || true
  # In reverse order of starting: fleethub, HAProxy, Patroni (stopping its PostgreSQL), etcd.
  local i pid
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    pid=${PIDS[$i]}
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
  done
  # A postmaster Patroni started outlives a killed Patroni: stop those by their pid files.
  for dir in "$WORK"/pg1 "$WORK"/pg2; do
    if [[ -f "$dir/postmaster.pid" ]]; then
      kill -KILL "$(head -1 "$dir/postmaster.pid")" 2>/dev/null || true
    fi
  done
  if [[ $code -ne 0 && $code -ne 130 && -d "$WORK" ]]; then
    for f in "$WORK"/*.log; do
      echo "---- last lines of $(basename "$f")"
      tail -15 "$f"
    done
  fi
  rm -rf "$WORK"
  log "stopped; removed $WORK"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# The time bound's signal: exit like timeout(1) does, with the logs shown.
trap 'exit 124' USR1
# The time bound: a watchdog that stops this script (and so, by the trap, everything).
(
  sleep "$TIMEOUT_S" &
  echo $! >"$WORK/watchdog-sleep.pid"
  wait $!
  log "TIMEOUT after ${TIMEOUT_S}s"
  kill -USR1 $$
) 2>/dev/null &
WATCHDOG=$!

# PostgreSQL refuses to run as root: Patroni and its PostgreSQL run as "postgres" then
# (setpriv executes Patroni in its place, so the pid kept below is Patroni's).
RUN_AS=()
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || fail "user postgres is missing (install postgresql-15)"
  RUN_AS=(setpriv --reuid=postgres --regid=postgres --init-groups env HOME="$WORK")
fi

wait_for() { # description, seconds, command…
  local what=$1 limit=$2
  shift 2
  local until=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < until)) || fail "$what did not happen within ${limit}s"
    sleep 0.2
  done
}

# --- ports ----------------------------------------------------------------------------
ETCD_CLIENT=($((BASE + 1)) $((BASE + 2)) $((BASE + 3)))
ETCD_PEER=($((BASE + 11)) $((BASE + 12)) $((BASE + 13)))
PG_PORT=($((BASE + 21)) $((BASE + 22)))
REST_PORT=($((BASE + 31)) $((BASE + 32)))
HAPROXY_PG=$((BASE + 40))
HAPROXY_STATS=$((BASE + 41))
APP_PORT=($((BASE + 51)) $((BASE + 52)))
ETCD_HOSTS="127.0.0.1:${ETCD_CLIENT[0]},127.0.0.1:${ETCD_CLIENT[1]},127.0.0.1:${ETCD_CLIENT[2]}"

# --- etcd -----------------------------------------------------------------------------
cluster=""
for i in 0 1 2; do cluster+="etcd$i=http://127.0.0.1:${ETCD_PEER[$i]},"; done
for i in 0 1 2; do
  ETCD_UNSUPPORTED_ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64) \
    etcd --name "etcd$i" --data-dir "$WORK/etcd$i" \
    --listen-client-urls "http://127.0.0.1:${ETCD_CLIENT[$i]}" \
    --advertise-client-urls "http://127.0.0.1:${ETCD_CLIENT[$i]}" \
    --listen-peer-urls "http://127.0.0.1:${ETCD_PEER[$i]}" \
    --initial-advertise-peer-urls "http://127.0.0.1:${ETCD_PEER[$i]}" \
    --initial-cluster "${cluster%,}" --initial-cluster-state new \
    --initial-cluster-token fleethub-ha --enable-v2=false \
    --heartbeat-interval 100 --election-timeout 1000 >"$WORK/etcd$i.log" 2>&1 &
  PIDS+=($!)
done
for i in 0 1 2; do
  wait_for "etcd$i health" 30 curl -fsS "http://127.0.0.1:${ETCD_CLIENT[$i]}/health"
done
log "etcd: three members on ${ETCD_HOSTS}"

# --- Patroni + PostgreSQL -------------------------------------------------------------
for i in 0 1; do
  n=$((i + 1))
  sed -e "s|@NAME@|pg$n|g" -e "s|@WORK@|$WORK|g" -e "s|@PG_BIN@|$PG_BIN|g" \
    -e "s|@PG_PORT@|${PG_PORT[$i]}|g" -e "s|@REST_PORT@|${REST_PORT[$i]}|g" \
    -e "s|@ETCD_HOSTS@|$ETCD_HOSTS|g" \
    "$HERE/patroni.yml.template" >"$WORK/patroni$n.yml"
  [[ ${#RUN_AS[@]} -gt 0 ]] && chown postgres "$WORK/patroni$n.yml"
done
if [[ ${#RUN_AS[@]} -gt 0 ]]; then chown postgres "$WORK"; fi
# Started from $WORK: as the postgres user, initdb cannot bootstrap from a working folder
# it may not enter (CI runs from a clone in a root-only temporary folder).
(cd "$WORK" && exec "${RUN_AS[@]}" patroni "$WORK/patroni1.yml" >"$WORK/patroni1.log" 2>&1) &
PIDS+=($!)
wait_for "pg1 to become primary" 60 curl -fsS "http://127.0.0.1:${REST_PORT[0]}/primary"
(cd "$WORK" && exec "${RUN_AS[@]}" patroni "$WORK/patroni2.yml" >"$WORK/patroni2.log" 2>&1) &
PIDS+=($!)
wait_for "pg2 to become the synchronous standby" 60 \
  curl -fsS "http://127.0.0.1:${REST_PORT[1]}/synchronous"
log "PostgreSQL: primary pg1 :${PG_PORT[0]}, synchronous standby pg2 :${PG_PORT[1]}"

# --- HAProxy --------------------------------------------------------------------------
sed -e "s|@HAPROXY_PG@|$HAPROXY_PG|g" -e "s|@HAPROXY_STATS@|$HAPROXY_STATS|g" \
  -e "s|@PG1@|${PG_PORT[0]}|g" -e "s|@PG2@|${PG_PORT[1]}|g" \
  -e "s|@REST1@|${REST_PORT[0]}|g" -e "s|@REST2@|${REST_PORT[1]}|g" \
  "$HERE/haproxy.cfg.template" >"$WORK/haproxy.cfg"
haproxy -W -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
DB_URL="postgres://postgres:postgres@127.0.0.1:${HAPROXY_PG}/postgres"
wait_for "HAProxy to reach the primary" 30 "$PG_BIN/psql" -qAt -c "select 1" "$DB_URL"
"$PG_BIN/psql" -q -c "create database fleethub" "$DB_URL"
DATABASE_URL="postgres://postgres:postgres@127.0.0.1:${HAPROXY_PG}/fleethub"
log "HAProxy: :${HAPROXY_PG} → the primary"

# --- fleethub, twice ------------------------------------------------------------------
# One after the other: the first migrates and seeds the demo network, the second finds it done.
# Not NODE_ENV=production: a production server never loads the demo, whose accounts the test
# signs in with (docs/deploy.md says what to set in a real deployment).
for i in 0 1; do
  n=$((i + 1))
  mkdir -p "$WORK/app$n"
  (cd "$ROOT" && exec env DATABASE_URL="$DATABASE_URL" PORT="${APP_PORT[$i]}" HOST=127.0.0.1 \
    FLEETHUB_DATA_DIR="$WORK/app$n" FLEETHUB_SEED_DEMO=true DATABASE_POOL_SIZE=10 \
    LOG_LEVEL=warn LOG_FORMAT=json \
    node bin/fleethub.mjs start >"$WORK/app$n.log" 2>&1) &
  PIDS+=($!)
  eval "APP${n}_PID=$!"
  wait_for "fleethub $n to answer" 90 curl -fsS "http://127.0.0.1:${APP_PORT[$i]}/health"
done
log "fleethub: http://127.0.0.1:${APP_PORT[0]} (pid $APP1_PID), http://127.0.0.1:${APP_PORT[1]} (pid $APP2_PID)"

export HA_WORK="$WORK" HA_DATABASE_URL="$DATABASE_URL"
export HA_APP_URLS="http://127.0.0.1:${APP_PORT[0]},http://127.0.0.1:${APP_PORT[1]}"
export HA_APP_PIDS="$APP1_PID,$APP2_PID"
export HA_PATRONI_URLS="http://127.0.0.1:${REST_PORT[0]},http://127.0.0.1:${REST_PORT[1]}"
export HA_PG_DATA_DIRS="$WORK/pg1,$WORK/pg2"

if $KEEP; then
  kill "$WATCHDOG" 2>/dev/null || true
  kill "$(cat "$WORK/watchdog-sleep.pid")" 2>/dev/null || true
  log "running; DATABASE_URL=$DATABASE_URL; HAProxy stats http://127.0.0.1:${HAPROXY_STATS}/; Ctrl-C stops"
  while true; do sleep 1; done
else
  log "running the failover test"
  # In the background and waited for, so that the time bound's signal is handled at once.
  (cd "$ROOT" && exec node_modules/.bin/tsx deploy/local-cluster/failover-test.ts) &
  TEST_PID=$!
  PIDS+=("$TEST_PID")
  wait "$TEST_PID" || fail "the failover test failed"
  log "failover test passed in $((SECONDS - STARTED))s end to end"
fi
