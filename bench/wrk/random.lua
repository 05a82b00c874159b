-- wrk script: each request picks a random line of BENCH_INPUTS (tab-separated values a, b) and fills {a} and {b} in
-- BENCH_PATH and BENCH_BODY ({b} comes from another random line). BENCH_PACE_MS > 0 paces each connection to one
-- request per BENCH_PACE_MS on average (exponential gaps), for latency at a chosen rate; 0 runs flat out.
-- done() prints one JSON line: requests, seconds, errors (non-2xx and socket), p50 and p99 in ms.
local inputs = {}
for line in io.lines(os.getenv("BENCH_INPUTS")) do
  local a, b = line:match("^([^\t]*)\t?(.*)$")
  inputs[#inputs + 1] = { a, b }
end
local path = os.getenv("BENCH_PATH")
local body = os.getenv("BENCH_BODY") or ""
local pace = tonumber(os.getenv("BENCH_PACE_MS") or "0")
wrk.method = os.getenv("BENCH_METHOD") or "GET"
wrk.headers["X-API-Key"] = os.getenv("BENCH_KEY")
if body ~= "" then
  wrk.headers["Content-Type"] = "application/json"
end
math.randomseed(tonumber(os.getenv("BENCH_SEED") or "42")) -- the same requests in every run

local function literal(value)
  return (value:gsub("%%", "%%%%"))
end

request = function()
  local line = inputs[math.random(#inputs)]
  local a, b = line[1], line[2]
  if b == "" then
    b = inputs[math.random(#inputs)][1]
  end
  local function fill(template)
    return (template:gsub("{a}", literal(a)):gsub("{b}", literal(b)))
  end
  return wrk.format(nil, fill(path), nil, body ~= "" and fill(body) or nil)
end

if pace > 0 then
  delay = function()
    return math.floor(-math.log(1 - math.random()) * pace)
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.timeout + errors.status
  io.write(string.format('{"requests": %d, "seconds": %.3f, "errors": %d, "p50": %.3f, "p99": %.3f}\n',
    summary.requests, summary.duration / 1e6, failed, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
