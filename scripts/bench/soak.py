#!/usr/bin/env python3
"""Soak: mixed traffic against running instances for DURATION seconds. 80 % of requests repeat one of
50 warmed-up requests (cache hits), 20 % are new (jobs). Reports the error rate, p50/p99 latency of
each kind, used heap per instance every minute, and that every accepted job finished.
The clients together send at most RATE requests a second (0: as fast as they can, which overloads two
instances on two cores: then 503s past the queue depth are expected).
Usage: soak.py DURATION THREADS RATE BASE_URL [BASE_URL ...]"""
import json, os, random, re, statistics, sys, threading, time, urllib.error, urllib.request

duration, threads, rate, bases = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4:]
habitats = ["Grassland - Other neutral grassland", "Grassland - Modified grassland", "Net Gain (Hedgerows)",
            "Heathland and shrub - Mixed scrub", "Ditches", "Cropland - Cereal crops"]
salt = time.time_ns() // 1000 % 1000000

def request(number):
    demand = [{"habitat": h, "units": round(0.4 + 0.2 * k + 0.000001 * ((salt + number) % 1000000), 6)} for k, h in enumerate(habitats)]
    return json.dumps({"demand": demand, "site": {"lpa": "Winchester", "nca": "Hampshire Downs"}}).encode()

def call(method, url, body=None):
    req = urllib.request.Request(url, method=method, data=body, headers={"Content-Type": "application/json", "Authorization": "Bearer " + os.environ["BOOTSTRAP_API_TOKEN"]})
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()

def heap(base):
    status, body = call("GET", base + "/metrics")
    for line in body.decode().splitlines():
        if "usedHeap" in line and not line.startswith("#"):
            return float(line.split()[-1]) / 1048576
    return float("nan")

def await_finished(ids):
    pending = set(ids)
    while pending:
        for job in list(pending):
            status, body = call("GET", f"{bases[0]}/api/jobs/{job}")
            state = json.loads(body).get("status")
            if state in ("finished", "failed", "cancelled"):
                pending.discard(job)
                if state != "finished":
                    failures.append(f"job {job} {state}")
        time.sleep(0.5)

warm = [request(n) for n in range(50)]
for body in warm:
    call("POST", bases[0] + "/api/jobs", body)
time.sleep(5)

lock = threading.Lock()
latencies = {"hit": [], "new": []}
errors, accepted, failures = [], [], []
counter = [1000]
deadline = time.monotonic() + duration

def client(index):
    rng = random.Random(index)
    interval = threads / rate if rate > 0 else 0
    next_at = time.monotonic()
    while time.monotonic() < deadline:
        next_at += interval
        time.sleep(max(0, next_at - time.monotonic()))
        kind = "hit" if rng.random() < 0.8 else "new"
        if kind == "hit":
            body = rng.choice(warm)
        else:
            with lock:
                counter[0] += 1
                body = request(counter[0])
        start = time.perf_counter()
        status, answer = call("POST", rng.choice(bases) + "/api/jobs", body)
        elapsed = (time.perf_counter() - start) * 1000
        with lock:
            latencies[kind].append(elapsed)
            if status >= 400:
                errors.append(f"{status} {answer[:120]!r}")
            elif kind == "new" and status == 202:
                accepted.append(json.loads(answer)["id"])

memory = [[round(heap(b)) for b in bases]]
workers = [threading.Thread(target=client, args=(i,)) for i in range(threads)]
for worker in workers:
    worker.start()
while any(worker.is_alive() for worker in workers):
    time.sleep(min(60, max(1, deadline - time.monotonic())))
    if time.monotonic() < deadline + 1:
        memory.append([round(heap(b)) for b in bases])
for worker in workers:
    worker.join()
await_finished(accepted)
memory.append([round(heap(b)) for b in bases])

def quantiles(values):
    ordered = sorted(values)
    return f"p50 {statistics.median(ordered):.1f} ms, p99 {ordered[int(0.99 * (len(ordered) - 1))]:.1f} ms"

total = sum(len(v) for v in latencies.values())
print(f"requests: {total} in {duration} s ({total / duration:.0f}/s); errors: {len(errors)} ({100 * len(errors) / max(1, total):.2f} %)")
print(f"cache hits: {len(latencies['hit'])}, {quantiles(latencies['hit'])}")
print(f"new jobs: {len(latencies['new'])}, {quantiles(latencies['new'])}")
print(f"jobs accepted: {len(accepted)}, finished: {len(accepted) - len(failures)}, not finished: {len(failures)}")
print("used heap MiB per instance, each minute and after the jobs finished: " + " | ".join("/".join(map(str, m)) for m in memory))
for line in (errors + failures)[:10]:
    print("  " + line)
sys.exit(1 if errors or failures else 0)
