-- wrk: POST the request in the file named by BENCH_REQUEST to /api/jobs.
local file = io.open(os.getenv("BENCH_REQUEST"), "r")
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
file:close()
