#!/usr/bin/env python3
"""Benchmark: one reference-data change with 0 and with WATCHES active watches (issue 20). Creates WATCHES distinct
requests with unmet units and watches each, then times admin stock edits (the change) with and without the watches,
and how long until every watch has been re-optimised on the new version through the job queue.
Usage: BOOTSTRAP_API_TOKEN=… ADMIN_PASSWORD=… watches.py BASE_URL WATCHES"""
import http.cookiejar, json, os, re, statistics, sys, time, urllib.parse, urllib.request

base, count = sys.argv[1], int(sys.argv[2])
token = os.environ["BOOTSTRAP_API_TOKEN"]
FENS = "Wetland - Lowland fens"

def api(method, path, body=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
    with urllib.request.urlopen(request) as response:
        text = response.read()
        return json.loads(text) if text else None

# An admin session, signed in through the page as a person would (the stock edit is an admin's).
jar = http.cookiejar.CookieJar()
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
page = browser.open(base + "/login.xhtml").read().decode()
view_state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', page).group(1)
nonce = re.search(r"PrimeFaces.csp.init\('([^']*)'\)", page).group(1)
browser.open(base + "/login.xhtml", urllib.parse.urlencode({"signin": "signin", "signin:username": "admin",
    "signin:password": os.environ["ADMIN_PASSWORD"], "signin:submit": "", "jakarta.faces.ViewState": view_state,
    "primefaces.nonce": nonce}).encode()).read()

def admin(method, path, body):
    request = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", "X-Requested-By": "bench"})
    with browser.open(request) as response:
        return json.loads(response.read())

stock = json.loads(browser.open(base + "/api/reference/stock?bankId=WC1P01&size=1").read())["stock"][0]

def edit(times, value):
    start = time.perf_counter()
    admin("PUT", "/api/admin/reference/stock/" + stock["id"], {"availableExclQuotes": value, "quoted": 0})
    times.append((time.perf_counter() - start) * 1000)

def summary(times):
    return f"median {statistics.median(times):.1f} ms, range {min(times):.1f}-{max(times):.1f} ms ({len(times)} edits)"

for i in range(20):  # warm-up: the first edits of a new instance pay for class loading and JIT
    edit([], 30 + i)
without = []
for i in range(10):
    edit(without, 50 + i)
print("change without watches:", summary(without))

start = time.perf_counter()
jobs = []
for i in range(count):
    answer = api("POST", "/api/jobs", {"demand": [{"habitat": FENS, "units": round(5 + i * 0.001, 3)}],
                                       "site": {"lpa": "Test Valley", "nca": "South Hampshire Lowlands"}})
    jobs.append(answer["id"])
for job in jobs:
    while api("GET", f"/api/jobs/{job}?waitMillis=5000")["status"] != "finished":
        pass
for i, job in enumerate(jobs):
    api("POST", "/api/watches", {"jobId": job, "name": f"bench {i}", "condition": "ALL_MET"})
print(f"{count} watches set up in {time.perf_counter() - start:.1f} s")

def settled():
    watches = api("GET", "/api/watches")
    version = api("GET", "/api/info")["referenceDataVersion"]
    return all(w.get("evaluatedVersion") == version and not w["evaluating"] for w in watches), len(watches)

while not settled()[0]:  # the set-up itself may have left evaluations to run
    time.sleep(0.5)
with_watches = []
for i in range(10):
    edit(with_watches, 70 + i)
changed = time.perf_counter()
print(f"change with {count} active watches:", summary(with_watches))
done, total = settled()
while not done:
    time.sleep(0.5)
    done, total = settled()
print(f"all {total} watches re-optimised on the last version {time.perf_counter() - changed:.1f} s after the last change")
