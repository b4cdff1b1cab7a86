-- wrk script for compensation-bench/scripts/http-load.sh. Environment:
--   METHOD     GET (default) or POST
--   BODY_FILE  the request body (POST), sent as application/json
-- At the end it prints one machine-readable line: RESULT key=value ...
local method = os.getenv("METHOD") or "GET"
wrk.method = method
-- staff credentials of the service started by http-load.sh (access control, docs/security.md)
local auth = os.getenv("AUTH")
if auth and auth ~= "" then
  wrk.headers["Authorization"] = auth
end
if method == "POST" then
  local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f "
      .. "connect_errors=%d read_errors=%d write_errors=%d timeouts=%d non2xx=%d bytes=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect, e.read, e.write, e.timeout, e.status, summary.bytes))
end
