#!/usr/bin/env bash
# Benchmarks what integrating apps and the review queue lean on, on generated data (SQLite):
#
#   bench/integrators.sh [--events N] [--seconds S] [--reuse] [--exports-only]
#                        (defaults: 1000000 events, 10 s per wrk run; --exports-only stops after part 1)
#
# 1. exports: every event as CSV and as NDJSON — events a second and the API's peak resident memory;
# 2. GET /events/stats?groupBy=month against the same GROUP BY run straight on the database (the floor row);
# 3. a repeated date-window page, with the answer cache on and off (two instances on the same file);
# 4. a change-feed page at change 1 and at change N (N audit rows are added to the database first);
# 5. a 60 KB article (the Siege of Kobanî, from eval/documents) imported and extracted through the API.
# Builds Release and generates the database as bench/run.sh does (the same file: --reuse keeps it).
# Run it alone on the machine; it prints the commit and the load average with its figures.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

events=1000000
seconds=10
reuse=false
exports_only=false
while [ $# -gt 0 ]; do
    case "$1" in
        --events) events="${2//[_,]/}"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --reuse) reuse=true; shift ;;
        --exports-only) exports_only=true; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "bench: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

out=bench/out
mkdir -p "$out"
step() { printf '\n== %s\n' "$*"; }
die() { echo "bench: $*" >&2; exit 1; }
for tool in wrk curl python3 sqlite3; do
    command -v "$tool" >/dev/null || { apt-get install -y -qq --no-install-recommends "$tool" >/dev/null 2>&1 || die "could not install $tool"; }
done

db_file="$PWD/$out/chronology-$events.db"
sql() { sqlite3 -batch -noheader "$db_file" "$1"; }

step "building Release: API and data generator"
for project in src/Chronology.Api src/Chronology.DataGenerator; do
    dotnet build "$project" -c Release -nologo -v q >"$out/build.log" 2>&1 || { tail -30 "$out/build.log" >&2; die "build of $project failed"; }
done

generated() { sql "SELECT COUNT(*) FROM \"Events\" WHERE \"SeedKey\" IS NULL" 2>/dev/null || echo 0; }
if [ "$reuse" = true ] && [ "$(generated)" = "$events" ]; then
    step "reusing $out/chronology-$events.db: $events generated events"
else
    step "generating $events events into $out/chronology-$events.db"
    rm -f "$db_file" "$db_file-wal" "$db_file-shm"
    dotnet src/Chronology.DataGenerator/bin/Release/net10.0/Chronology.DataGenerator.dll \
        --events "$events" --provider Sqlite --connection "Data Source=$db_file" | sed 's/^/    /'
fi

pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
start_api() { # name port cache(true|false) [database file] → server_pid
    env ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning RateLimiting__Enabled=false \
        Database__Provider=Sqlite ConnectionStrings__Chronology="Data Source=${4:-$db_file}" AnswerCache__Enabled="$3" \
        Auth__ApiKeys__0__Name=bench Auth__ApiKeys__0__Sha256="$(printf %s bench-key | sha256sum | cut -d' ' -f1)" \
        Auth__ApiKeys__0__Roles__0=editor DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x2000000}" \
        dotnet src/Chronology.Api/bin/Release/net10.0/Chronology.Api.dll --urls "http://127.0.0.1:$2" >"$out/$1.log" 2>&1 &
    server_pid=$!
    pids+=("$server_pid")
    for _ in $(seq 1 240); do
        curl -sf "http://127.0.0.1:$2/health/ready" >/dev/null && return 0
        sleep 0.5
    done
    die "$1 was not ready (log: $out/$1.log)"
}

step "starting the API twice on the same file: answer cache on (:5183) and off (:5184)"
start_api cached 5183 true
cached_pid=$server_pid
start_api uncached 5184 false
cached="http://127.0.0.1:5183"
uncached="http://127.0.0.1:5184"
total=$(sql "SELECT COUNT(*) FROM \"Events\"")
echo "    $total events; commit $(git rev-parse --short HEAD); load average $(cut -d' ' -f1-3 /proc/loadavg)"

# --- 1. exports ---------------------------------------------------------------------------------
peak_rss() { # pid → the largest VmRSS and RssAnon (MB) seen while the command in the background runs, as "rss/anon"
    # VmRSS counts the SQLite file's memory-mapped pages (Database:SqliteMemoryMapMegabytes); RssAnon is the process's own memory.
    local pid=$1 watched=$2 peak=0 anon=0 rss heap
    while kill -0 "$watched" 2>/dev/null; do
        rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
        heap=$(awk '/RssAnon/ {print int($2/1024)}' "/proc/$pid/status")
        [ "$rss" -gt "$peak" ] && peak=$rss
        [ "$heap" -gt "$anon" ] && anon=$heap
        sleep 0.1
    done
    echo "$peak/$anon"
}
printf '\n%-8s %10s %9s %12s %14s %20s\n' format events seconds events/s "MB written" "peak RSS/anon MB"
for format in csv ndjson; do
    curl -s -o /dev/null "$cached/api/v1/events?format=$format&limit=100000" # warm the JIT on this path, in the process measured
    curl -s -o /dev/null -w '%{time_total} %{size_download}\n' "$cached/api/v1/events?format=$format" >"$out/export-$format.txt" &
    fetch=$!
    peak=$(peak_rss "$cached_pid" "$fetch")
    wait "$fetch"
    read -r time size <"$out/export-$format.txt"
    python3 -c "print(f'{\"$format\":<8} {$total:>10} {$time:>9.1f} {$total/$time:>12,.0f} {$size/1e6:>14,.0f} {\"$peak\":>20}')"
done

[ "$exports_only" = false ] || exit 0

# --- 2. statistics against raw SQL --------------------------------------------------------------
median_curl() { # url → median seconds of 5 requests after one warm-up
    curl -s -o /dev/null "$1"
    for _ in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' "$1"; done | sort -n | sed -n 3p
}
api_stats=$(median_curl "$uncached/api/v1/events/stats?groupBy=month")
floor_stats=$(python3 - "$db_file" <<'PY'
import sqlite3, statistics, sys, time
db = sqlite3.connect(sys.argv[1])
query = ('SELECT CAST(strftime(\'%Y\', "Start") AS INTEGER), CAST(strftime(\'%m\', "Start") AS INTEGER), COUNT(*), '
         'COALESCE(SUM("Fatalities"), 0) FROM "Events" GROUP BY 1, 2 ORDER BY 1, 2')
db.execute(query).fetchall()
runs = []
for _ in range(5):
    began = time.perf_counter(); db.execute(query).fetchall(); runs.append(time.perf_counter() - began)
print(f"{statistics.median(runs):.3f}")
PY
)
printf '\nstats?groupBy=month: API %.3f s, raw GROUP BY %.3f s, ratio %s\n' "$api_stats" "$floor_stats" \
    "$(python3 -c "print(f'{$api_stats/$floor_stats:.2f}')")"

# --- 3. a repeated window page, cached and not --------------------------------------------------
window="/api/v1/events?from=2016-03-01&to=2016-03-31&limit=50"
rate() { wrk -t2 -c8 -d"${seconds}s" "$1" | awk '/Requests\/sec/ {print $2}'; }
wrk -t2 -c8 -d3s "$cached$window" >/dev/null
wrk -t2 -c8 -d3s "$uncached$window" >/dev/null
with_cache=$(rate "$cached$window")
without_cache=$(rate "$uncached$window")
printf '\nrepeated window page: cached %s req/s, uncached %s req/s, ratio %s\n' "$with_cache" "$without_cache" \
    "$(python3 -c "print(f'{$with_cache/$without_cache:.1f}')")"

# --- 4. the change feed at change 1 and at change N ---------------------------------------------
have=$(sql "SELECT COUNT(*) FROM \"AuditEntries\"")
if [ "$have" -lt "$events" ]; then
    step "adding $((events - have)) audit rows so the feed holds $events changes"
    sql "INSERT INTO \"AuditEntries\" (\"EntityType\", \"EntityId\", \"Action\", \"Editor\", \"At\", \"Version\")
         WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < $((events - have)))
         SELECT 'event', x, 'updated', 'bench', '2026-01-01 00:00:00', 1 FROM n"
fi
head=$(sql "SELECT MAX(\"Id\") FROM \"AuditEntries\"")
feed_cursor() { python3 -c "
import base64, hashlib
sep = '\x1f'; payload = '$1'
digest = hashlib.sha256(('chronology-cursor-v1' + sep + 'changes' + sep + payload).encode()).hexdigest()[:16].upper()
print(base64.b64encode((payload + sep + digest).encode()).decode().rstrip('=').replace('+', '-').replace('/', '_'))"; }
first_page=$(rate "$uncached/api/v1/changes?limit=50&after=$(feed_cursor 1)")
last_page=$(rate "$uncached/api/v1/changes?limit=50&after=$(feed_cursor $((head - 51)))")
printf '\nchange feed page of 50: after change 1 %s req/s, after change %s %s req/s\n' "$first_page" "$((head - 51))" "$last_page"

# --- 5. import and extract a 60 KB article ------------------------------------------------------
# On a chronology of the seed's size (a fresh database), where corroboration looks at few events, and then at N.
article=eval/documents/siege-of-kobani.txt
seed_only="$PWD/$out/seed-only.db"
rm -f "$seed_only" "$seed_only-wal" "$seed_only-shm"
start_api seed-only 5185 true "$seed_only"
for n in 1 2 3 4 5 6; do
    began=$(date +%s.%N)
    id=$(curl -sf -H "X-Api-Key: bench-key" -F "file=@$article;type=text/plain" "http://127.0.0.1:5185/api/v1/sources/import" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    curl -sf -o /dev/null -X POST -H "X-Api-Key: bench-key" "http://127.0.0.1:5185/api/v1/sources/$id/extractions"
    ended=$(date +%s.%N)
    [ "$n" -gt 1 ] && runs+=("$(python3 -c "print(f'{$ended - $began:.3f}')")")
done
printf '\nimport + extract %s on the seed only: median %s s of %s runs\n' "$article" "$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p)" "${#runs[@]}"
runs=()
for n in 1 2 3 4 5 6; do
    began=$(date +%s.%N)
    id=$(curl -sf -H "X-Api-Key: bench-key" -F "file=@$article;type=text/plain" "$cached/api/v1/sources/import" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    proposals=$(curl -sf -X POST -H "X-Api-Key: bench-key" "$cached/api/v1/sources/$id/extractions" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))')
    ended=$(date +%s.%N)
    [ "$n" -gt 1 ] && runs+=("$(python3 -c "print(f'{$ended - $began:.3f}')")") # the first run warms the JIT
done
printf '\nimport + extract %s (%s bytes, %s proposals) at %s events: median %s s of %s runs\n' "$article" "$(wc -c <"$article")" "$proposals" "$total" \
    "$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p)" "${#runs[@]}"

# --- 6. a 4 MB source ---------------------------------------------------------------------------
big="$out/four-megabytes.txt"
python3 - "$big" eval/documents/*.txt <<'PY'
import sys
texts = [open(path, encoding="utf-8").read() for path in sys.argv[2:]]
out, size, n = [], 0, 0
while True:
    text = texts[n % len(texts)]
    if size + len(text) + 2 > 3_990_000:
        break
    out.append(text); size += len(text) + 2; n += 1
open(sys.argv[1], "w", encoding="utf-8").write("\n\n".join(out))
PY
began=$(date +%s.%N)
id=$(curl -sf -H "X-Api-Key: bench-key" -F "file=@$big;type=text/plain" "$cached/api/v1/sources/import" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -sf -X POST -H "X-Api-Key: bench-key" "$cached/api/v1/sources/$id/extractions" -o "$out/four-megabytes.json" &
fetch=$!
peak=$(peak_rss "$cached_pid" "$fetch")
wait "$fetch" || die "the extraction of the 4 MB source failed (log: $out/cached.log)"
ended=$(date +%s.%N)
printf '
4 MB source (%s characters) at N events: imported and extracted in %s s, %s proposals, API peak RSS/anon %s MB\n' \
    "$(python3 -c "print(len(open('$big', encoding='utf-8').read()))")" "$(python3 -c "print(f'{$ended - $began:.1f}')")" \
    "$(python3 -c "import json; print(len(json.load(open('$out/four-megabytes.json'))['items']))")" "$peak"
echo "bench: integrators events=$total commit=$(git rev-parse --short HEAD) load=$(cut -d' ' -f1 /proc/loadavg)"
