#!/usr/bin/env bash
# Benchmarks the API against a raw floor on generated data.
#
#   bench/run.sh [--events N] [--seconds S] [--warmup W] [--rounds R] [--provider Sqlite|Postgres] [--reuse]
#                (defaults: 1000000 events, 10 s per run, 30 s warm-up, 2 rounds, Sqlite)
#
# Builds Release; generates N events with src/Chronology.DataGenerator into a fresh bench database
# (bench/out/chronology-N.db, or the PostgreSQL database chronology_bench, recreated); starts the API
# (Production, logging at Warning, rate limiting off) and bench/Chronology.Floor (the same URLs answered
# with hand-written SQL) on loopback; checks that both give the same JSON for each query shape; then
# drives each with `wrk -t2 -c16 -d${S}s --latency` after W seconds of the same load (the JIT needs that
# long to reach its optimised code; the write mix, whose PUTs are rarer, gets 3 W). The API has far more
# methods to tier up than the floor: after 10 s of GET-by-id load it answered 7,649 req/s, after 25 s
# 8,756-8,859 (the floor 9,242 and 8,898-9,549), and after 16 s `perf` still found 13 % of its CPU in
# the JIT's background thread; 30 s measures both at their steady pace. The API and the
# floor take turns, R rounds each, and each keeps its best round: this virtual machine's speed drifts
# by a third over minutes, and alternating short runs lets both servers meet the same conditions.
# Prints a table and one final line: bench: events=N min_ratio=R worst_p99_ms=P. --reuse keeps a
# database an earlier run generated with the same N instead of generating it again.
#
# Environment: BENCH_API_PORT (5181), BENCH_FLOOR_PORT (5182); for PostgreSQL BENCH_PGHOST (127.0.0.1),
# BENCH_PGPORT (5432), BENCH_PGUSER (chronology_ci), BENCH_PGPASSWORD (chronology-ci): a role that may
# create databases. Installs wrk (and sqlite3 or the psql client) from Debian when missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

events=1000000
seconds=10
warmup=30
rounds=2
provider=Sqlite
reuse=false
while [ $# -gt 0 ]; do
    case "$1" in
        --events) events="${2//[_,]/}"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --provider) provider="$2"; shift 2 ;;
        --reuse) reuse=true; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "bench: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
[[ "$events" =~ ^[0-9]+$ && "$events" -ge 1000 ]] || { echo "bench: --events must be a number of at least 1000" >&2; exit 2; }
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -ge 1 ]] || { echo "bench: --seconds must be a positive number" >&2; exit 2; }
[[ "$warmup" =~ ^[0-9]+$ ]] || { echo "bench: --warmup must be a number of seconds" >&2; exit 2; }
[[ "$rounds" =~ ^[0-9]+$ && "$rounds" -ge 1 ]] || { echo "bench: --rounds must be a number of at least 1" >&2; exit 2; }
case "${provider,,}" in sqlite) provider=Sqlite ;; postgres) provider=Postgres ;; *) echo "bench: --provider must be Sqlite or Postgres" >&2; exit 2 ;; esac

api_port="${BENCH_API_PORT:-5181}"
floor_port="${BENCH_FLOOR_PORT:-5182}"
out=bench/out
mkdir -p "$out"
started=$(date +%s)
pids=()

# Each step line carries the 1-minute load average: on a shared machine it says how far to trust the numbers.
step() { printf '[bench %4ss, load %s] %s\n' "$(( $(date +%s) - started ))" "$(cut -d' ' -f1 /proc/loadavg)" "$*"; }
# A fixed CPU-bound loop, in ms: the same work takes longer when the host lends this VM less CPU.
probe() { python3 -c 'import time; t = time.perf_counter(); sum(i * i for i in range(3_000_000)); print(round((time.perf_counter() - t) * 1000))'; }
die() { echo "bench: error: $*" >&2; exit 1; }

# Stop only what this script started: the two servers and a running RSS sampler.
sampler=
cleanup() {
    if [ -n "$sampler" ]; then kill "$sampler" 2>/dev/null || true; fi
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$api_port" "$floor_port"; do
    port_taken "$port" && die "port $port on 127.0.0.1 is taken; free it or set BENCH_API_PORT / BENCH_FLOOR_PORT"
done

apt_install() {
    step "installing $* from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 \
        || { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "$@" >/dev/null; } \
        || die "could not install $*"
}
command -v wrk >/dev/null || apt_install wrk
command -v curl >/dev/null || apt_install curl
command -v python3 >/dev/null || apt_install python3

# --- the database -------------------------------------------------------------------------------
pg_env=(PGHOST="${BENCH_PGHOST:-127.0.0.1}" PGPORT="${BENCH_PGPORT:-5432}" PGUSER="${BENCH_PGUSER:-chronology_ci}" PGPASSWORD="${BENCH_PGPASSWORD:-chronology-ci}")
if [ "$provider" = Sqlite ]; then
    command -v sqlite3 >/dev/null || apt_install sqlite3
    db_file="$PWD/$out/chronology-$events.db"
    connection="Data Source=$db_file"
    sql() { sqlite3 -batch -noheader "$db_file" "$1"; }
    contains="instr"
else
    command -v psql >/dev/null || apt_install postgresql-client
    connection="Host=${BENCH_PGHOST:-127.0.0.1};Port=${BENCH_PGPORT:-5432};Database=chronology_bench;Username=${BENCH_PGUSER:-chronology_ci};Password=${BENCH_PGPASSWORD:-chronology-ci}"
    sql() { env "${pg_env[@]}" psql -X -q -At -v ON_ERROR_STOP=1 -d chronology_bench -c "$1"; }
    contains="strpos"
fi

step "building Release: API, data generator, floor"
for project in src/Chronology.Api src/Chronology.DataGenerator bench/Chronology.Floor; do
    dotnet build "$project" -c Release -nologo -v q >"$out/build.log" 2>&1 || { tail -30 "$out/build.log" >&2; die "build of $project failed"; }
done

generated() { sql "SELECT COUNT(*) FROM \"Events\" WHERE \"SeedKey\" IS NULL" 2>/dev/null || echo 0; }
if [ "$reuse" = true ] && [ "$(generated)" = "$events" ]; then
    step "reusing the $provider database of an earlier run: $events generated events"
else
    if [ "$provider" = Sqlite ]; then
        step "fresh SQLite database $out/chronology-$events.db"
        rm -f "$db_file" "$db_file-wal" "$db_file-shm"
    else
        step "fresh PostgreSQL database chronology_bench"
        env "${pg_env[@]}" PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -d postgres \
            -c "DROP DATABASE IF EXISTS chronology_bench WITH (FORCE)" -c "CREATE DATABASE chronology_bench" >/dev/null \
            || die "could not recreate chronology_bench (is PostgreSQL running, may the role create databases?)"
    fi

    step "generating $events events on $provider"
    dotnet src/Chronology.DataGenerator/bin/Release/net10.0/Chronology.DataGenerator.dll \
        --events "$events" --provider "$provider" --connection "$connection" | tee "$out/generate.log" | sed 's/^/    /' \
        || die "generation failed (log: $out/generate.log)"
fi

# --- the servers --------------------------------------------------------------------------------
key="chronology-bench-editor-key"
key_hash=$(printf '%s' "$key" | sha256sum | cut -d' ' -f1)
server_env=(
    ASPNETCORE_ENVIRONMENT=Production
    Serilog__MinimumLevel__Default=Warning
    RateLimiting__Enabled=false
    # Every shape repeats its URLs, so the answer cache would serve them from memory (bench/integrators.sh
    # measures that); here the API does the query work the floor does.
    AnswerCache__Enabled=false
    Database__Provider="$provider"
    ConnectionStrings__Chronology="$connection"
    Auth__ApiKeys__0__Name=bench
    Auth__ApiKeys__0__Sha256="$key_hash"
    Auth__ApiKeys__0__Roles__0=editor
    # The gen0 budget the Dockerfile and launch settings give the service, for both servers (the runtime
    # reads it from the environment only); see "Garbage collection" in docs/benchmarks.md.
    DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x2000000}"
)

start_server() { # name dll port → server_pid, once /health/ready answers
    env "${server_env[@]}" dotnet "$2" --urls "http://127.0.0.1:$3" >"$out/$1.log" 2>&1 &
    server_pid=$!
    pids+=("$server_pid")
    for _ in $(seq 1 240); do
        curl -sf "http://127.0.0.1:$3/health/ready" >/dev/null && return 0
        kill -0 "$server_pid" 2>/dev/null || { tail -20 "$out/$1.log" >&2; die "$1 exited during start-up (log: $out/$1.log)"; }
        sleep 0.5
    done
    die "$1 was not ready after 120 s (log: $out/$1.log)"
}

step "starting the API on :$api_port (migrates and applies its seed on start)"
start_server api src/Chronology.Api/bin/Release/net10.0/Chronology.Api.dll "$api_port"
api_pid=$server_pid
step "starting the floor on :$floor_port"
start_server floor bench/Chronology.Floor/bin/Release/net10.0/Chronology.Floor.dll "$floor_port"
floor_pid=$server_pid
api="http://127.0.0.1:$api_port"
floor="http://127.0.0.1:$floor_port"

# --- the query parameters -----------------------------------------------------------------------
step "choosing query parameters"
governorate=$(sql "SELECT g.\"Id\" FROM \"Places\" g JOIN \"Places\" c ON c.\"Path\" LIKE g.\"Path\" || '%'
    JOIN (SELECT \"PlaceId\", COUNT(*) AS n FROM \"EventPlaces\" GROUP BY \"PlaceId\") x ON x.\"PlaceId\" = c.\"Id\"
    WHERE g.\"Kind\" IN ('Governorate', 'Region') AND g.\"SeedKey\" IS NULL GROUP BY g.\"Id\" ORDER BY SUM(x.n) DESC LIMIT 1")
force=$(sql "SELECT \"ForceId\" FROM \"EventForces\" GROUP BY \"ForceId\" ORDER BY COUNT(*) DESC, \"ForceId\" LIMIT 1")
word=convoy # EventText.RareWord: the generator puts it in about one event in a hundred
total=$(sql "SELECT COUNT(*) FROM \"Events\"")
with_word=$(sql "SELECT COUNT(*) FROM \"Events\" WHERE $contains(\"SearchText\", '$word') > 0")
sql "SELECT \"Id\" FROM \"Events\" WHERE \"SeedKey\" IS NULL ORDER BY random() LIMIT 1000" >"$out/ids.txt"
python3 bench/tools.py bodies "$api" "$out/ids.txt" "$out/bodies.tsv" 200

# The deep page: page 10,000 of the default list at limit 50 (or the last full page of a smaller set).
# Its cursor is computed from the last event of the page before, as EventQueryBuilder.CursorAfter makes it.
updated_text="\"UpdatedAt\""
[ "$provider" = Postgres ] && updated_text="to_char(\"UpdatedAt\" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
cursor_after() { # offset → cursor of the page that starts after that row
    IFS='|' read -r start updated id < <(sql "SELECT \"Start\", $updated_text, \"Id\" FROM \"Events\" ORDER BY \"Start\", \"Id\" LIMIT 1 OFFSET $1")
    python3 bench/tools.py cursor "$start" "$updated" "$id"
}
[ "$(cursor_after 49)" = "$(curl -sf "$api/api/v1/events?limit=50" | python3 -c 'import json,sys; print(json.load(sys.stdin)["nextCursor"])')" ] \
    || die "the computed cursor differs from the API's own; has the cursor format changed?"
page=$(( total / 50 < 10000 ? total / 50 : 10000 ))
deep_cursor=$(cursor_after $(( (page - 1) * 50 - 1 )))
echo "    governorate $governorate; force $force; q=$word in $with_word of $total events; deep page $page; 1000 ids; 200 PUT bodies"

# --- the shapes ---------------------------------------------------------------------------------
names=("date window" "region + year" "force + year" "free text" "event by id" "deep cursor page $page" "write mix 90/10")
paths=(
    "/api/v1/events?from=2015-01-01&to=2015-12-31&limit=50"
    "/api/v1/events?place=$governorate&from=2015&to=2015&limit=50"
    "/api/v1/events?force=$force&from=2015&to=2015&limit=50"
    "/api/v1/events?q=$word&limit=50"
    "by-id"
    "/api/v1/events?limit=50&cursor=$deep_cursor"
    "write-mix"
)

# Same JSON from both servers? GETs compare the two answers. The write mix PUTs one event through the
# floor and compares its answer with what the API then reads, and the other way round with a second event.
parity() { # index
    local a="$out/parity-api.json" f="$out/parity-floor.json" id
    rm -f "$a" "$f"
    case "${paths[$1]}" in
        by-id)
            id=$(head -1 "$out/ids.txt")
            get "$api/api/v1/events/$id" "$a"; get "$floor/api/v1/events/$id" "$f" ;;
        write-mix)
            put_and_read "$floor" "$api" 1 "$f" "$a"
            local first; first=$(python3 bench/tools.py parity "$a" "$f")
            [ "$first" = ok ] || { echo "$first (PUT through the floor)"; return; }
            put_and_read "$api" "$floor" 2 "$a" "$f" ;;
        *)
            get "$api${paths[$1]}" "$a"; get "$floor${paths[$1]}" "$f" ;;
    esac
    python3 bench/tools.py parity "$a" "$f"
}
get() { curl -sf "$1" >"$2" || true; }
put_and_read() { # writer reader line answer_file read_file
    local line id
    line=$(sed -n "${3}p" "$out/bodies.tsv")
    id=${line%%$'\t'*}
    curl -sf -X PUT -H 'Content-Type: application/json' -H "X-Api-Key: $key" --data-binary "${line#*$'\t'}" "$1/api/v1/events/$id" >"$4" || true
    get "$2/api/v1/events/$id" "$5"
}

sample_rss() { # pid file: the highest VmRSS and RssAnon (kB) seen while it runs, "total private"
    local max=0 max_private=0 rss private
    while kill -0 "$1" 2>/dev/null; do
        read -r rss private < <(awk '/^VmRSS/ {r=$2} /^RssAnon/ {a=$2} END {print r+0, a+0}' "/proc/$1/status" 2>/dev/null || echo "0 0")
        [ "${rss:-0}" -gt "$max" ] && max=$rss
        [ "${private:-0}" -gt "$max_private" ] && max_private=$private
        echo "$max $max_private" >"$2.tmp" && mv "$2.tmp" "$2"
        sleep 0.2
    done
}

cpu_ticks() { # pid → user + system CPU ticks so far (fields 14 and 15 of /proc/<pid>/stat, after the name)
    sed 's/.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'
}

wrk_arguments() { # base index → the wrk arguments for that shape
    local arguments=(-t2 -c16 --latency --timeout 30s)
    case "${paths[$2]}" in
        by-id) arguments+=(-s bench/wrk/by-id.lua "$1" -- "$out/ids.txt") ;;
        write-mix) arguments+=(-s bench/wrk/write-mix.lua "$1" -- "$out/ids.txt" "$out/bodies.tsv" "$key" 2) ;;
        *) arguments+=("$1${paths[$2]}") ;;
    esac
    printf '%s\n' "${arguments[@]}"
}

warm() { # base index → W seconds of the shape's load, unmeasured (3 W for the write mix)
    local arguments seconds_here=$warmup; mapfile -t arguments < <(wrk_arguments "$1" "$2")
    # A PUT is one request in ten there, so the write path's methods reach the JIT's optimised tier far
    # later than a read's: after 12 s the API still spent 1.19 ms of CPU a request, after 42 s 0.49 ms.
    [ "${paths[$2]}" = write-mix ] && seconds_here=$(( warmup * 3 ))
    [ "$seconds_here" -eq 0 ] || wrk -d"${seconds_here}s" "${arguments[@]}" >/dev/null
}

measure() { # base index output pid → one measured run: "req/s p50 p99 non-2xx errors cpu_ms_per_request"
    local arguments before; mapfile -t arguments < <(wrk_arguments "$1" "$2")
    before=$(cpu_ticks "$4")
    wrk -d"${seconds}s" "${arguments[@]}" >"$3"
    python3 bench/tools.py wrk "$3" $(( $(cpu_ticks "$4") - before ))
}

# The latency a user sees under normal load: the shape at half the floor's saturated rate, for both servers.
fixed_rate() { # base index output target_rps → "achieved_req/s p99_ms"
    local arguments shape_script="" delay_ms; mapfile -t arguments < <(wrk_arguments "$1" "$2")
    for j in "${!arguments[@]}"; do
        if [ "${arguments[$j]}" = -s ]; then shape_script=${arguments[$((j + 1))]}; arguments[$((j + 1))]=bench/wrk/fixed-rate.lua; fi
    done
    [ -n "$shape_script" ] || arguments=(-s bench/wrk/fixed-rate.lua "${arguments[@]}")
    delay_ms=$(awk -v r="$4" 'BEGIN { printf "%d", (r > 0 ? 16 * 1000 / r : 1000) }')
    WRK_SHAPE_SCRIPT="$shape_script" WRK_DELAY_MS="$delay_ms" wrk -d"${seconds}s" "${arguments[@]}" >"$3"
    python3 bench/tools.py wrk "$3" 0 | awk '{print $1, $3}'
}

better() { # summary best → the summary with more requests a second
    if [ -z "$2" ] || awk -v a="${1%% *}" -v b="${2%% *}" 'BEGIN { exit !(a > b) }'; then echo "$1"; else echo "$2"; fi
}

results="$out/results.tsv"
: >"$results"
for i in "${!names[@]}"; do
    step "shape $((i + 1))/${#names[@]}: ${names[$i]} (speed probe $(probe) ms)"
    echo "    floor parity: $(parity "$i")"

    echo "0 0" >"$out/rss.txt"
    sample_rss "$api_pid" "$out/rss.txt" &
    sampler=$!
    warm "$api" "$i"
    warm "$floor" "$i"
    api_best= floor_best= paired=
    for round in $(seq 1 "$rounds"); do
        summary=$(measure "$api" "$i" "$out/wrk-api-$((i + 1))-$round.txt" "$api_pid") \
            || die "wrk failed against the API (see $out/wrk-api-$((i + 1))-$round.txt)"
        echo "    round $round API:   $(python3 bench/tools.py describe $summary)"
        api_best=$(better "$summary" "$api_best")
        api_summary=$summary
        summary=$(measure "$floor" "$i" "$out/wrk-floor-$((i + 1))-$round.txt" "$floor_pid") \
            || die "wrk failed against the floor (see $out/wrk-floor-$((i + 1))-$round.txt)"
        echo "    round $round floor: $(python3 bench/tools.py describe $summary)"
        floor_best=$(better "$summary" "$floor_best")
        paired="$paired $(awk -v a="${api_summary%% *}" -v f="${summary%% *}" 'BEGIN { printf "%.2f", (f > 0 ? a / f : 0) }')"
    done
    # Each round's API run and floor run are 10 s apart; their ratio is less exposed to the machine's drift
    # over minutes than the ratio of the two best runs (the table's), so both are shown.
    echo "    paired ratios (API/floor, round by round):$paired" 
    read -r floor_saturated _ <<<"$floor_best"
    half=$(awk -v r="$floor_saturated" 'BEGIN { printf "%.0f", r / 2 }')
    read -r api_half_rps api_half_p99 <<<"$(fixed_rate "$api" "$i" "$out/wrk-api-$((i + 1))-half.txt" "$half")"
    read -r floor_half_rps floor_half_p99 <<<"$(fixed_rate "$floor" "$i" "$out/wrk-floor-$((i + 1))-half.txt" "$half")"
    echo "    at half the floor's rate ($half req/s asked): API $api_half_rps req/s p99 $api_half_p99 ms; floor $floor_half_rps req/s p99 $floor_half_p99 ms"
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    sampler=
    read -r rss_kb private_kb <"$out/rss.txt" || true
    rss_mb=$(( ${rss_kb:-0} / 1024 ))
    private_mb=$(( ${private_kb:-0} / 1024 ))
    read -r api_rps p50 p99 api_bad api_errors api_cpu <<<"$api_best"
    read -r floor_rps _ _ floor_bad floor_errors floor_cpu <<<"$floor_best"
    echo "    kept:  API $api_rps req/s, floor $floor_rps req/s; API RSS peak $rss_mb MB ($private_mb MB private)"
    [ "$api_bad$api_errors$floor_bad$floor_errors" = 0000 ] \
        || echo "    warning: non-2xx API $api_bad, floor $floor_bad; socket errors API $api_errors, floor $floor_errors (see $out/wrk-*-$((i + 1))-*.txt)"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${names[$i]}" "$api_rps" "$p50" "$p99" "$floor_rps" "$rss_mb" "$private_mb" \
        "$api_cpu" "$floor_cpu" "$api_half_rps" "$api_half_p99" "$floor_half_p99" >>"$results"
done

hwm=$(awk '/^VmHWM/ {print int($2 / 1024)}' "/proc/$api_pid/status")
step "done: $provider, $events events ($total with the seed), best of $rounds rounds of ${seconds}s, wrk -t2 -c16; API peak RSS (VmHWM) $hwm MB"
python3 bench/tools.py table "$results" "$events"
