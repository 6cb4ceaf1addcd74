#!/usr/bin/env python3
"""Meals API benchmark: latency of read endpoints (4 concurrent clients, 1,000 requests after warm-up),
import review/apply of a 10,000-row CSV, and a full CSV export.

Usage: bench.py BASE_URL EMAIL PASSWORD [--runs 3] [--requests 1000] [--reads-only]
--reads-only measures the read endpoints only and leaves the data unchanged (the import adds ~9,000 expenses).
--server-log FILE also reports server-side latency: the host's JSON request log lines ("ElapsedMs") of each measured run.
Seed first: quartet meals seed-demo --expenses 100000 --years 5 --currencies USD,USD,USD,EUR,JPY
Latency is measured at the client on loopback (includes HTTP overhead, so it over-states server time)."""
import json, random, statistics, sys, time, urllib.request, uuid
from concurrent.futures import ThreadPoolExecutor

base, email, password = sys.argv[1], sys.argv[2], sys.argv[3]
runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
requests = int(sys.argv[sys.argv.index("--requests") + 1]) if "--requests" in sys.argv else 1000
reads_only = "--reads-only" in sys.argv
server_log = sys.argv[sys.argv.index("--server-log") + 1] if "--server-log" in sys.argv else None

def request(method, path, body=None, token=None, headers=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(base + path, data=data, method=method)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    with urllib.request.urlopen(req, timeout=120) as r:
        return r.status, r.read()

token = json.loads(request("POST", "/api/auth/token", {"email": email, "password": password})[1])["accessToken"]
cats = json.loads(request("GET", "/api/meals/categories", token=token)[1])
settings = json.loads(request("GET", "/api/meals/settings", token=token)[1])
today = settings["today"]

def days_ago(n):
    import datetime
    return (datetime.date.fromisoformat(today) - datetime.timedelta(days=n)).isoformat()

scenarios = {
    "GET /expenses first page": "/api/meals/expenses",
    "GET /expenses filtered": f"/api/meals/expenses?from={days_ago(89)}&to={today}&categoryId={cats[0]['id']}&tag=work&minAmount=500&maxAmount=20000&q=grill",
    "GET /dashboard": "/api/meals/dashboard",
    "GET /expenses/summary": "/api/meals/expenses/summary",
    "GET /reports?period=365d": "/api/meals/reports?period=365d",
    "GET /budgets/status": "/api/meals/budgets/status",
}

def server_samples(path, since, until):
    """ElapsedMs of the host's request-log lines for this path between two UTC instants (ISO strings sort as time)."""
    samples = []
    with open(server_log, encoding="utf-8", errors="replace") as log:
        for line in log:
            if '"Quartet.Request"' not in line:
                continue
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            state = entry.get("State", {})
            if state.get("Path") == path.split("?")[0] and since <= entry["Timestamp"] <= until:
                samples.append(state["ElapsedMs"])
    return sorted(samples)

def utc_now():
    import datetime
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

def measure(path, clients=4):
    n = requests
    for _ in range(20):
        request("GET", path, token=token)
    since = utc_now()
    def one(_):
        t = time.perf_counter()
        request("GET", path, token=token)
        return (time.perf_counter() - t) * 1000
    with ThreadPoolExecutor(clients) as pool:
        samples = sorted(pool.map(one, range(n)))
    if server_log:
        time.sleep(1)
        samples = server_samples(path, since, utc_now()) or samples
    return samples[len(samples) // 2], samples[int(len(samples) * 0.95) - 1]

results = {}
for name, path in scenarios.items():
    p95s, p50s = [], []
    for _ in range(runs):
        p50, p95 = measure(path)
        p50s.append(p50); p95s.append(p95)
    results[name] = (statistics.median(p50s), statistics.median(p95s))
    print(f"{name:32} p50 {results[name][0]:7.1f} ms   p95 {results[name][1]:7.1f} ms   (median of {runs} runs, {'server' if server_log else 'client'} side)", flush=True)

if reads_only:
    sys.exit(0)

restaurants = json.loads(request("GET", "/api/meals/restaurants?pageSize=100", token=token)[1])["items"]
rng = random.Random(7)
lines = ["date,amount,currency,restaurant,city,category,tags,notes"]
existing = json.loads(request("GET", "/api/meals/expenses?pageSize=100", token=token)[1])["items"]
for i in range(10000):
    if i % 20 == 0 and existing:
        e = existing[i % len(existing)]
        amount = e["amountMinor"] / 100
        lines.append(f"{e['localDate']},{amount:.2f},{e['currency']},{e['restaurantName']},,Restaurants,bench,dup {i}")
    elif i % 2 == 0:
        r = restaurants[i % len(restaurants)]
        lines.append(f"{days_ago(rng.randrange(700))},{rng.randrange(300, 9000) / 100:.2f},USD,{r['name']},{r['city'] or ''},Restaurants,bench,row {i}")
    else:
        lines.append(f"{days_ago(rng.randrange(700))},{rng.randrange(300, 9000) / 100:.2f},USD,Bench Place {i % 400},Springfield,Bench Food,bench;new,row {i}")
csv = ("\n".join(lines) + "\n").encode()
boundary = uuid.uuid4().hex
body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\nContent-Type: text/csv\r\n\r\n").encode() + csv + f"\r\n--{boundary}--\r\n".encode()
t = time.perf_counter()
status, batch = request("POST", "/api/meals/imports", token=token, raw=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
upload = time.perf_counter() - t
batch = json.loads(batch)
print(f"Upload + review of 10,000-row CSV: {upload:.2f} s (counts {batch['counts']})", flush=True)
undecided = json.loads(request("GET", f"/api/meals/imports/{batch['id']}/rows?status=undecided&pageSize=100", token=token)[1])
while undecided["total"] > 0:
    decisions = [{"rowNumber": r["rowNumber"], "restaurantAction": "create", "expenseAction": r["decision"]["expenseAction"] or "create"} for r in undecided["items"]]
    request("PATCH", f"/api/meals/imports/{batch['id']}/rows", {"decisions": decisions}, token=token)
    undecided = json.loads(request("GET", f"/api/meals/imports/{batch['id']}/rows?status=undecided&pageSize=100", token=token)[1])
t = time.perf_counter()
status, applied = request("POST", f"/api/meals/imports/{batch['id']}/apply", token=token)
print(f"Apply: {time.perf_counter() - t:.2f} s ({json.loads(applied)})", flush=True)
t = time.perf_counter()
status, exported = request("GET", "/api/meals/expenses/export?format=csv", token=token)
rows = exported.count(b"\n") - 1
print(f"CSV export of all expenses: {time.perf_counter() - t:.2f} s, {len(exported) / 1e6:.1f} MB, {rows} rows", flush=True)
