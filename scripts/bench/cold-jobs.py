#!/usr/bin/env python3
"""Benchmark: cold jobs end to end (POST /api/jobs -> status finished), 5 demand lines each, every request
distinct so none is cached. Polls the job every 2 ms. Usage: BOOTSTRAP_API_TOKEN=… cold-jobs.py BASE_URL COUNT (the token the instance was started with)"""
import json, os, statistics, sys, time, urllib.request

base, count = sys.argv[1], int(sys.argv[2])
salt = time.time_ns() % 997  # a different request set every run, so no run is answered from the cache
lines = ["Grassland - Other neutral grassland", "Grassland - Modified grassland", "Net Gain (Hedgerows)",
         "Heathland and shrub - Mixed scrub", "Ditches"]

def call(method, path, body=None):
    request = urllib.request.Request(base + path, method=method, data=body,
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + os.environ["BOOTSTRAP_API_TOKEN"]})
    with urllib.request.urlopen(request) as response:
        return response.status, json.loads(response.read())

times = []
for i in range(count):
    demand = [{"habitat": h, "units": round(0.5 + 0.001 * (i + 1000 * salt) % 3 + 0.1 * k, 3)} for k, h in enumerate(lines)]
    body = json.dumps({"demand": demand, "site": {"lpa": "Winchester", "nca": "Hampshire Downs"}}).encode()
    start = time.perf_counter()
    status, answer = call("POST", "/api/jobs", body)
    while answer.get("status") not in ("finished", "failed"):
        time.sleep(0.002)
        status, answer = call("GET", "/api/jobs/" + answer["id"])
    times.append((time.perf_counter() - start) * 1000)
    assert answer["status"] == "finished", answer

warm = times[5:] if len(times) > 10 else times
q = statistics.quantiles(warm, n=20)
print(f"cold jobs: {len(warm)} measured after {len(times) - len(warm)} warm-up; "
      f"p50 {statistics.median(warm):.1f} ms, p5 {q[0]:.1f} ms, p95 {q[-1]:.1f} ms, max {max(warm):.1f} ms")
