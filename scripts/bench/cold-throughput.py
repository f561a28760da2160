#!/usr/bin/env python3
"""Benchmark: throughput of distinct cold jobs. Submits COUNT different 5-line requests at once, spread
over the instances, then waits until the job history shows them all finished. Prints jobs per second
from the first submission to the last finish. Usage: cold-throughput.py COUNT BASE_URL [BASE_URL ...]"""
import datetime, json, os, sys, time, urllib.parse, urllib.request

count, bases = int(sys.argv[1]), sys.argv[2:]
salt = time.time_ns() // 1000 % 1000000  # lines 1 and 2 differ from run to run, so nothing is answered from the cache
lines = ["Grassland - Other neutral grassland", "Grassland - Modified grassland", "Net Gain (Hedgerows)",
         "Heathland and shrub - Mixed scrub", "Ditches"]

def call(method, url, body=None):
    request = urllib.request.Request(url, method=method, data=body, headers={"Content-Type": "application/json", "Authorization": "Bearer " + os.environ["BOOTSTRAP_API_TOKEN"]})
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())

since = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=1)).isoformat()
start = time.perf_counter()
for i in range(count):
    variation = [i % 1000, salt % 1000, salt // 1000, i // 1000, 0]  # thousandths of a unit per line
    demand = [{"habitat": h, "units": round(0.5 + 0.2 * k + 0.001 * variation[k], 3)} for k, h in enumerate(lines)]
    body = json.dumps({"demand": demand, "site": {"lpa": "Winchester", "nca": "Hampshire Downs"}}).encode()
    answer = call("POST", bases[i % len(bases)] + "/api/jobs", body)
    assert answer["status"] == "queued", answer
query = urllib.parse.urlencode({"from": since, "size": 1})
while True:
    finished = call("GET", f"{bases[0]}/api/jobs?status=finished&{query}")["total"]
    failed = call("GET", f"{bases[0]}/api/jobs?status=failed&{query}")["total"]
    if finished + failed >= count:
        break
    time.sleep(0.02)
elapsed = time.perf_counter() - start
print(f"{count} jobs ({failed} failed) in {elapsed:.2f} s: {count / elapsed:.1f} jobs/s")
