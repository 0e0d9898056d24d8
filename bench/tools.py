#!/usr/bin/env python3
"""Helpers for bench/run.sh (standard library only).

  cursor START UPDATED_AT ID      the API's cursor for the default list after the event (START, ID)
  parity API.json FLOOR.json      "ok", or "DIFF: <where>": equal JSON, member order and number text
                                  included, ignoring only the nextCursor string (not whether there is one)
  bodies BASE_URL IDS OUT N       PUT bodies ("id<TAB>json" lines) for the first N ids, read from the API
  wrk FILE CPU_TICKS              "req_per_s p50_ms p99_ms non_2xx socket_errors cpu_ms_per_request" from wrk
                                  --latency output and the server's CPU ticks (user + system) during that run
  describe SUMMARY...              that summary in words, for the progress lines
  table RESULTS N                 the results table and the final "bench:" line
"""
import base64
import datetime
import hashlib
import json
import os
import re
import sys
import urllib.request

SEP = "\x1f"
# EventQueryBuilder.CursorScope for GET /api/v1/events with no filters and the default sort.
DEFAULT_LIST_SCOPE = "events|date" + "|" * 11


def ticks(text):
    """.NET ticks of a UTC timestamp written 'YYYY-MM-DD HH:MM:SS[.fffffff]' (SQLite text or psql to_char)."""
    date_part, time_part = text.strip().replace("T", " ").split(" ")
    whole, _, fraction = time_part.partition(".")
    h, m, s = (int(x) for x in whole.split(":"))
    day = datetime.date.fromisoformat(date_part).toordinal() - 1
    return ((day * 86400 + h * 3600 + m * 60 + s) * 10_000_000) + int((fraction + "0000000")[:7])


def cursor(start, updated_at, event_id, scope=DEFAULT_LIST_SCOPE):
    """Cursor.Encode(scope, start, ticks, id): base64url(payload + SEP + first 8 bytes of SHA-256 in upper hex)."""
    payload = SEP.join([start, str(ticks(updated_at)), str(event_id)])
    digest = hashlib.sha256(("chronology-cursor-v1" + SEP + scope + SEP + payload).encode()).hexdigest()[:16].upper()
    return base64.b64encode((payload + SEP + digest).encode()).decode().rstrip("=").replace("+", "-").replace("/", "_")


def load_exact(path):
    """JSON with member order kept and numbers compared as written."""
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=list, parse_float=str, parse_int=str)


def without_cursor(document):
    if isinstance(document, list) and all(isinstance(p, tuple) for p in document):
        return [(k, (v is not None) if k == "nextCursor" else v) for k, v in document]
    return document


def parity(api_path, floor_path):
    try:
        api, floor = without_cursor(load_exact(api_path)), without_cursor(load_exact(floor_path))
    except (OSError, ValueError) as error:
        return f"DIFF: unreadable body ({error})"
    if api == floor:
        return "ok"
    return "DIFF: " + first_difference(api, floor, "$")


def first_difference(a, b, path):
    if type(a) is not type(b):
        return f"{path}: {str(a)[:80]} vs {str(b)[:80]}"
    if isinstance(a, list):
        if a and isinstance(a[0], tuple):
            keys_a, keys_b = [k for k, _ in a], [k for k, _ in b]
            if keys_a != keys_b:
                return f"{path}: members {keys_a} vs {keys_b}"
            for (k, va), (_, vb) in zip(a, b):
                if va != vb:
                    return first_difference(va, vb, f"{path}.{k}")
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} items"
        for i, (va, vb) in enumerate(zip(a, b)):
            if va != vb:
                return first_difference(va, vb, f"{path}[{i}]")
    return f"{path}: {str(a)[:80]} vs {str(b)[:80]}"


def bodies(base_url, ids_path, out_path, count):
    with open(ids_path) as f:
        ids = [line.strip() for line in f if line.strip()][:count]
    with open(out_path, "w", encoding="utf-8") as out:
        for event_id in ids:
            with urllib.request.urlopen(f"{base_url}/api/v1/events/{event_id}") as response:
                e = json.load(response)
            body = {
                "title": e["title"], "summary": e["summary"], "type": e["type"], "start": e["start"], "end": e["end"],
                "precision": e["precision"], "approximate": e["approximate"], "dateText": e["dateText"],
                "fatalities": e["fatalities"], "places": [{"id": p["id"]} for p in e["places"]],
                "forces": [{"id": f["id"], "role": f["role"]} for f in e["forces"]],
                "citations": [{"sourceId": c["sourceId"], "quote": c["quote"]} for c in e["citations"]],
                "parentId": e["parentId"], "notes": e["notes"],
            }
            out.write(f"{event_id}\t{json.dumps(body, ensure_ascii=False, separators=(',', ':'))}\n")


def milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk_summary(path, cpu_ticks):
    with open(path) as f:
        text = f.read()
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    cpu_ms = int(cpu_ticks) * 1000.0 / os.sysconf("SC_CLK_TCK")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p50 = milliseconds(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
    p99 = milliseconds(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    return f"{rps:.1f} {p50:.2f} {p99:.2f} {non2xx.group(1) if non2xx else 0} {sum(map(int, errors.groups())) if errors else 0} {cpu_ms / max(requests, 1):.3f}"


def table(results_path, events):
    rows = []
    with open(results_path) as f:
        for line in f:
            (shape, api_rps, p50, p99, floor_rps, rss, private, api_cpu, floor_cpu,
             half_rps, api_half_p99, floor_half_p99) = line.rstrip("\n").split("\t")
            rows.append((shape, float(api_rps), float(p50), float(p99), float(floor_rps), float(rss), float(private),
                         float(api_cpu), float(floor_cpu), float(half_rps), float(api_half_p99), float(floor_half_p99)))
    header = ("shape", "API req/s", "p50 ms", "p99 ms", "floor req/s", "ratio (API/floor)", "API RSS MB", "private MB",
              "CPU ms/req API", "CPU ms/req floor", "at half floor: req/s", "API p99 ms", "floor p99 ms")
    lines = [header] + [(s, f"{a:.0f}", f"{p50:.2f}", f"{p99:.2f}", f"{fl:.0f}", f"{a / fl:.2f}" if fl else "n/a", f"{rss:.0f}", f"{pr:.0f}",
                         f"{ac:.3f}", f"{fc:.3f}", f"{hr:.0f}", f"{hp:.2f}", f"{fhp:.2f}")
                        for s, a, p50, p99, fl, rss, pr, ac, fc, hr, hp, fhp in rows]
    widths = [max(len(r[i]) for r in lines) for i in range(len(header))]
    for i, r in enumerate(lines):
        print("| " + " | ".join(c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in enumerate(zip(r, widths))) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    ratios = [r[1] / r[4] for r in rows if r[4]]
    print(f"bench: events={events} min_ratio={min(ratios):.2f} worst_p99_ms={max(r[3] for r in rows):.2f}")


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "cursor":
        print(cursor(*arguments))
    elif command == "parity":
        print(parity(*arguments))
    elif command == "bodies":
        bodies(arguments[0], arguments[1], arguments[2], int(arguments[3]))
    elif command == "wrk":
        print(wrk_summary(arguments[0], arguments[1]))
    elif command == "describe":
        rps, p50, p99, _, _, cpu = arguments
        print(f"{rps} req/s, p50 {p50} ms, p99 {p99} ms, {cpu} ms CPU a request")
    elif command == "table":
        table(arguments[0], arguments[1])
    else:
        sys.exit(__doc__)
