#!/usr/bin/env python3
"""The benchmark's measuring loop (started by bench/run.sh once PostgreSQL, the API and the raw reference are up).

Per endpoint: a short warm-up of each tool, then rounds that interleave pgbench (the API's SQL, bench/sql/<name>.sql),
the API under wrk and the raw-Npgsql reference under wrk, each for the same seconds over the same random inputs and
the same number of database connections. A round whose CPU steal (/proc/stat) exceeds the limit is discarded; the
table reports medians of the per-round ratios. Latency is measured afterwards at half the API's saturated rate
(paced wrk; pgbench -R), never at saturation.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
TICK = os.sysconf("SC_CLK_TCK")

# name, method, path, body, input table (column a [, column b])
ENDPOINTS = [
    ("claim", "GET", "/api/claims/{a}", "", "claims"),
    ("disputers", "GET", "/api/claims/{a}/disputers", "", "disputed"),
    ("thread", "GET", "/api/claims/{a}/thread?depth=3", "", "disputed"),
    ("actor-claims", "GET", "/api/actors/{a}/claims", "", "actors"),
    ("search", "GET", "/api/claims?q={a}", "", "terms"),
    ("contested", "GET", "/api/claims/contested?from={a}&to={b}", "", "periods"),
    ("create-claim", "POST", "/api/claims", '{"actorId":"{a}","text":"The bench says so","kind":"indirect"}', "actors"),
    ("add-relation", "POST", "/api/claims/{a}/relations", '{"targetClaimId":"{b}","type":"disputes"}', "claims"),
]
INPUT_SQL = {
    "claims": "SELECT id FROM bench_claims ORDER BY n",
    "disputed": "SELECT id FROM bench_disputed ORDER BY n",
    "actors": "SELECT id FROM bench_actors ORDER BY n",
    "terms": "SELECT replace(q, ' ', '+') FROM bench_terms ORDER BY n",
    "periods": "SELECT \"from\" || E'\\t' || \"to\" FROM bench_periods ORDER BY n",
}


def psql(database, sql):
    return subprocess.run(["psql", "-d", database, "-Atc", sql], check=True, capture_output=True, text=True).stdout


def cpu_times():
    """(total, steal, busy) jiffies of the whole machine."""
    with open("/proc/stat") as stat:
        fields = [int(x) for x in stat.readline().split()[1:]]
    return sum(fields[:8]), fields[7], sum(fields[:8]) - fields[3] - fields[4] - fields[7]


def process_cpu(pid, children=False):
    """utime+stime of a process in seconds (plus its reaped children's, for the postmaster)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    ticks = int(fields[11]) + int(fields[12])
    if children:
        ticks += int(fields[13]) + int(fields[14])
    return ticks / TICK


def postgres_cpu(postmaster):
    """CPU of PostgreSQL: the postmaster with every backend it reaped, plus the backends alive now."""
    total = process_cpu(postmaster, children=True)
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/stat") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError, IndexError):
                continue
            if ppid == postmaster:
                total += process_cpu(int(pid))
    return total


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def reset_peak_rss(pid):
    with open(f"/proc/{pid}/clear_refs", "w") as clear:
        clear.write("5")


def ratio(a, b):
    return a / b if b else 0.0


def percentile(values, p):
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (k - low)


class Bench:
    def __init__(self, args):
        self.args = args
        self.postmaster = int(open(os.path.join(args.pgdata, "postmaster.pid")).readline())
        self.counts = {}
        self.inputs = {}
        for table, sql in INPUT_SQL.items():
            path = os.path.join(args.work, f"{table}.txt")
            with open(path, "w") as f:
                f.write(psql(args.database, sql))
            self.inputs[table] = path
            self.counts[table] = int(psql(args.database, f"SELECT count(*) FROM bench_{table}"))

    def wrk(self, endpoint, url, seconds, pace_ms=0.0):
        name, method, path, body, table = endpoint
        env = dict(os.environ, BENCH_INPUTS=self.inputs[table], BENCH_PATH=path, BENCH_BODY=body, BENCH_METHOD=method,
                   BENCH_KEY=self.args.key, BENCH_PACE_MS=str(pace_ms))
        out = subprocess.run(["wrk", "-t1", f"-c{self.args.http_connections}", f"-d{seconds}s", "--timeout", "10s",
                              "-s", os.path.join(HERE, "wrk", "random.lua"), url],
                             env=env, check=True, capture_output=True, text=True).stdout
        result = json.loads(out.strip().splitlines()[-1])
        return result["requests"], result["seconds"], result["errors"], result["p50"], result["p99"]

    def pgbench(self, endpoint, seconds, rate=None):
        name = endpoint[0]
        command = ["pgbench", "-n", "-M", "prepared", "-c", str(self.args.db_connections), "-j", "1", "-T", str(seconds),
                   "-f", os.path.join(HERE, "sql", f"{name}.sql")]
        for table, count in self.counts.items():
            command += ["-D", f"n_{table}={count}"]
        log_prefix = os.path.join(self.args.work, f"pgbench-{name}")
        if rate:
            for old in os.listdir(self.args.work):
                if old.startswith(f"pgbench-{name}."):
                    os.remove(os.path.join(self.args.work, old))
            command += ["-R", str(rate), "-l", "--log-prefix", log_prefix]
        # A client that hits an error (a rare duplicate relation) stops; the others go on, and the count stays right.
        result = subprocess.run(command + [self.args.database], capture_output=True, text=True)
        out = result.stdout
        processed = [line for line in out.splitlines() if line.startswith("number of transactions actually processed")]
        if not processed:
            raise SystemExit(f"pgbench failed for {name}:\n{result.stderr}")
        transactions = int(processed[0].split(":")[1].split("/")[0])
        failed = 0
        for line in out.splitlines():
            if line.startswith("number of failed transactions"):
                failed = int(line.split(":")[1].split()[0])
        latencies = []
        if rate:
            for log in os.listdir(self.args.work):
                if log.startswith(f"pgbench-{name}."):
                    with open(os.path.join(self.args.work, log)) as f:
                        for row in f:
                            fields = row.split()
                            lag = int(fields[6]) if len(fields) > 6 else 0
                            latencies.append((int(fields[2]) - lag) / 1000)
        return transactions, float(seconds), failed, percentile(latencies, 50), percentile(latencies, 99)

    def measure(self, run, app_pid=None):
        """Runs one load: (requests/s, server CPU ms per request, steal %, errors, other processes' CPU % of the machine)."""
        total0, steal0, busy0 = cpu_times()
        tool0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        pg0 = postgres_cpu(self.postmaster)
        app0 = process_cpu(app_pid) if app_pid else 0.0
        requests, seconds, errors, _, _ = run()
        time.sleep(0.5)  # pgbench's backends exit after it does; the postmaster reaps them (and adds their CPU) just after
        total1, steal1, busy1 = cpu_times()
        tool1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = postgres_cpu(self.postmaster) - pg0 + ((process_cpu(app_pid) - app0) if app_pid else 0.0)
        tool = tool1.ru_utime + tool1.ru_stime - tool0.ru_utime - tool0.ru_stime
        steal = 100.0 * (steal1 - steal0) / max(1, total1 - total0)
        # Busy CPU that is neither the server under test nor the load tool: other work on this shared machine.
        other = max(0.0, 100.0 * ((busy1 - busy0) / TICK - cpu - tool) / max(1e-9, (total1 - total0) / TICK))
        return requests / seconds, 1000.0 * cpu / max(1, requests), steal, errors, other

    def endpoint(self, endpoint):
        a = self.args
        tools = {
            "pgbench": (lambda s: self.pgbench(endpoint, s), None),
            "api": (lambda s: self.wrk(endpoint, a.api, s), a.api_pid),
            "raw": (lambda s: self.wrk(endpoint, a.raw, s), a.raw_pid),
        }
        for run, _ in tools.values():
            if a.warmup > 0:
                run(a.warmup)
        reset_peak_rss(a.api_pid)
        rounds, discarded, noisy = [], 0, []
        while len(rounds) < a.rounds and discarded <= a.rounds:
            round_result = {tool: self.measure(lambda: run(a.seconds), pid) for tool, (run, pid) in tools.items()}
            steal = max(r[2] for r in round_result.values())
            other = max(r[4] for r in round_result.values())
            if steal > a.max_steal or other > a.max_other:
                discarded += 1
                noisy.append(round_result)
                print(f"  {endpoint[0]}: round discarded, steal {steal:.1f}%, other load {other:.0f}%", file=sys.stderr)
                continue
            rounds.append(round_result)
            print(f"  {endpoint[0]} round {len(rounds)}: " + ", ".join(
                f"{tool} {r[0]:.0f}/s {r[1]:.2f} ms CPU" for tool, r in round_result.items()) + f", steal {steal:.1f}%, other load {other:.0f}%",
                file=sys.stderr)
        kept = len(rounds)
        if not rounds:
            # Ratios within a round still compare like with like; say so rather than give no answer at all.
            print(f"  {endpoint[0]}: WARNING every round had more than {a.max_steal}% steal or {a.max_other}% other load; "
                  "reporting the discarded rounds", file=sys.stderr)
            rounds = noisy

        def median(tool, index):
            return statistics.median(r[tool][index] for r in rounds)

        row = {
            "endpoint": endpoint[0], "rounds": kept, "discarded": discarded,
            "pgbench_rps": median("pgbench", 0), "api_rps": median("api", 0), "raw_rps": median("raw", 0),
            "api_vs_pgbench": statistics.median(ratio(r["api"][0], r["pgbench"][0]) for r in rounds),
            "api_vs_raw": statistics.median(ratio(r["api"][0], r["raw"][0]) for r in rounds),
            "raw_vs_pgbench": statistics.median(ratio(r["raw"][0], r["pgbench"][0]) for r in rounds),
            "api_cpu_ms": median("api", 1), "pg_cpu_ms": median("pgbench", 1),
            "cpu_vs_pg": statistics.median(ratio(r["api"][1], r["pgbench"][1]) for r in rounds),
            "errors": sum(r["api"][3] for r in rounds),
            "steal": statistics.median(max(t[2] for t in r.values()) for r in rounds),
            "other": statistics.median(max(t[4] for t in r.values()) for r in rounds),
        }
        if not a.no_latency:
            rate = max(1.0, row["api_rps"] / 2)
            pace_ms = 1000.0 * a.http_connections / rate
            row["rate"] = rate
            _, _, _, row["pgbench_p50"], row["pgbench_p99"] = self.pgbench(endpoint, a.seconds, rate=rate)
            _, _, _, row["api_p50"], row["api_p99"] = self.wrk(endpoint, a.api, a.seconds, pace_ms)
            _, _, _, row["raw_p50"], row["raw_p99"] = self.wrk(endpoint, a.raw, a.seconds, pace_ms)
        row["api_peak_mb"] = peak_rss_mb(a.api_pid)
        return row


def smoke_check(bench, chosen, rows, args):
    """CI's check: every endpoint answers a known input as documented, every tool did work, the table has every row.
    Deterministic: the same inputs give the same answers on any machine, however fast or loaded."""
    problems = []
    for endpoint, row in zip(chosen, rows):
        name, method, path, body, table = endpoint
        lines = open(bench.inputs[table]).read().splitlines()
        a, _, b = lines[0].partition("\t")
        b = b or lines[1].split("\t")[0]
        fill = lambda template: template.replace("{a}", a).replace("{b}", b)
        request = urllib.request.Request(args.api + fill(path), method=method, data=fill(body).encode() if body else None,
                                         headers={"X-API-Key": args.key, "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, answer = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, answer = error.code, error.read()
        allowed = {201, 409} if name == "add-relation" else {201} if method == "POST" else {200}
        if status not in allowed:
            problems.append(f"{name}: {method} {fill(path)} answered {status}: {answer[:200]!r}")
        else:
            try:
                json.loads(answer)
            except ValueError:
                problems.append(f"{name}: the answer is not JSON: {answer[:200]!r}")
        if min(row["api_rps"], row["raw_rps"], row["pgbench_rps"]) <= 0:
            problems.append(f"{name}: a tool served no request (API {row['api_rps']:.0f}/s, raw {row['raw_rps']:.0f}/s, pgbench {row['pgbench_rps']:.0f}/s)")
        if row["errors"] and name != "add-relation":  # add-relation may pick a pair already related: 409 is its right answer
            problems.append(f"{name}: {row['errors']} API requests failed under load")
    if problems:
        print("Benchmark smoke check failed:\n  " + "\n  ".join(problems), file=sys.stderr)
        sys.exit(1)
    print(f"Benchmark smoke check: {len(rows)} endpoints answered and measured.", file=sys.stderr)


def table(rows, args):
    head = ("| Endpoint | API req/s | raw req/s | pgbench tx/s | API/pgbench | API/raw | raw/pgbench | server CPU ms/req (API) "
            "| PostgreSQL CPU ms/tx (pgbench) | CPU API/PG | p50 / p99 ms API at ½ sat. | p50 / p99 ms raw | p50 / p99 ms pgbench "
            "| API peak RSS MB | rounds kept | steal / other load % |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in rows:
        latency = lambda tool: (f"{r[tool + '_p50']:.1f} / {r[tool + '_p99']:.1f}" if f"{tool}_p50" in r else "–")
        lines.append(
            f"| {r['endpoint']} | {r['api_rps']:.0f} | {r['raw_rps']:.0f} | {r['pgbench_rps']:.0f} | {r['api_vs_pgbench']:.2f} "
            f"| {r['api_vs_raw']:.2f} | {r['raw_vs_pgbench']:.2f} | {r['api_cpu_ms']:.2f} | {r['pg_cpu_ms']:.2f} | {r['cpu_vs_pg']:.2f} "
            f"| {latency('api')} | {latency('raw')} | {latency('pgbench')} | {r['api_peak_mb']:.0f} "
            f"| {r['rounds']} of {r['rounds'] + r['discarded']} | {r['steal']:.1f} / {r['other']:.0f} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    for option in ["database", "work", "api", "raw", "key", "pgdata", "out", "endpoints", "baseline", "write-baseline"]:
        parser.add_argument(f"--{option}", default="")
    for option, default in [("claims", 0), ("rounds", 5), ("seconds", 10), ("db-connections", 2), ("http-connections", 8),
                            ("api-pid", 0), ("raw-pid", 0), ("warmup", 3)]:
        parser.add_argument(f"--{option}", type=int, default=default)
    parser.add_argument("--max-steal", type=float, default=10.0)
    parser.add_argument("--max-other", type=float, default=100.0)
    parser.add_argument("--no-latency", action="store_true")
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    if args.baseline or args.smoke:
        args.no_latency = True
    bench = Bench(args)
    chosen = [e for e in ENDPOINTS if not args.endpoints or e[0] in args.endpoints.split(",")]
    started = time.time()
    rows = []
    for endpoint in chosen:
        print(f"{endpoint[0]}...", file=sys.stderr)
        rows.append(bench.endpoint(endpoint))
    cpu_model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    report = (f"Benchmark of {args.claims:,} claims, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(started))}, "
              f"{os.cpu_count()} cores ({cpu_model}); {args.rounds} rounds of {args.seconds} s per tool, "
              f"{args.db_connections} database connections, wrk -t1 -c{args.http_connections}; "
              f"took {time.time() - started:.0f} s.\n\n" + table(rows, args) + "\n")
    print(report)
    if args.out:
        with open(args.out, "w") as f:
            f.write(report)
        with open(args.out.replace(".md", ".json"), "w") as f:
            json.dump(rows, f, indent=1)
    if args.write_baseline:
        with open(args.write_baseline, "w") as f:
            json.dump({r["endpoint"]: {"api_vs_pgbench": round(r["api_vs_pgbench"], 3), "api_vs_raw": round(r["api_vs_raw"], 3)}
                       for r in rows}, f, indent=1)
    if args.baseline:
        # A comparison for a person reading a run, never a gate: ratios move between machines and days.
        baseline = json.load(open(args.baseline))
        lower = [f"{r['endpoint']}: {ratio} {r[ratio]:.2f} < 0.8 × baseline {baseline[r['endpoint']][ratio]:.2f}"
                 for r in rows if r["endpoint"] in baseline for ratio in ("api_vs_pgbench", "api_vs_raw")
                 if r[ratio] < 0.8 * baseline[r["endpoint"]][ratio]]
        print(("Below bench/baseline.json by more than 20% (measure again on a quiet machine before concluding):\n  "
               + "\n  ".join(lower)) if lower else "Ratios within 20% of bench/baseline.json (or better).", file=sys.stderr)
    if args.smoke:
        smoke_check(bench, chosen, rows, args)

if __name__ == "__main__":
    main()
