-- wrk script for bench/load.sh. Two modes, chosen by the first argument after "--":
--   api TOKEN PUB_ID...   a mix of buttcloudd's reads and writes, signed in with TOKEN:
--                         per 20 requests 6x GET /api/v1/pubs, 5x GET /api/v1/pubs/{id},
--                         3x GET /api/v1/jobs?limit=20, 4x GET /api/v1/pubs/{id}/stats and
--                         2x POST /api/v1/pubs/{id}/start (a write: the pub row and a job, in one
--                         transaction; the pubs are running, so the job changes nothing in the swarm)
--   get PATH              the same GET over and over (the Docker API's service list)
-- Every answer other than the expected status is an error; done() prints one summary line per figure
-- so the shell script can pick them out.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local mix = { "pubs", "pubs", "pubs", "pubs", "pubs", "pubs",
              "pub", "pub", "pub", "pub", "pub",
              "jobs", "jobs", "jobs",
              "stats", "stats", "stats", "stats",
              "start", "start" }

function init(args)
  mode = args[1]
  counter = 0
  unexpected = 0
  writes = 0
  if mode == "api" then
    headers = { ["Authorization"] = "Bearer " .. args[2], ["Content-Type"] = "application/json" }
    pubs = {}
    for i = 3, #args do pubs[#pubs + 1] = args[i] end
    if #pubs == 0 then error("api mode needs at least one pub id") end
  elseif mode == "get" then
    path = args[2]
    headers = {}
  else
    error("unknown mode: " .. tostring(mode))
  end
end

function request()
  counter = counter + 1
  if mode == "get" then
    return wrk.format("GET", path, headers)
  end
  local kind = mix[(counter % #mix) + 1]
  local pub = pubs[(counter % #pubs) + 1]
  if kind == "pubs" then
    return wrk.format("GET", "/api/v1/pubs", headers)
  elseif kind == "pub" then
    return wrk.format("GET", "/api/v1/pubs/" .. pub, headers)
  elseif kind == "jobs" then
    return wrk.format("GET", "/api/v1/jobs?limit=20", headers)
  elseif kind == "stats" then
    return wrk.format("GET", "/api/v1/pubs/" .. pub .. "/stats", headers)
  end
  writes = writes + 1
  return wrk.format("POST", "/api/v1/pubs/" .. pub .. "/start", headers, "{}")
end

-- 202 for a start, 200 for everything else.
function response(status, headers, body)
  if status ~= 200 and status ~= 202 then
    unexpected = unexpected + 1
    if unexpected <= 3 then io.stderr:write("unexpected answer " .. status .. ": " .. body .. "\n") end
  end
end

function done(summary, latency, requests)
  local unexpected_total, writes_total = 0, 0
  for _, thread in ipairs(threads) do
    unexpected_total = unexpected_total + thread:get("unexpected")
    writes_total = writes_total + thread:get("writes")
  end
  local errors = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("load: requests %d\n", summary.requests))
  io.write(string.format("load: writes %d\n", writes_total))
  io.write(string.format("load: throughput %.1f requests/s\n", summary.requests / seconds))
  io.write(string.format("load: p50 %.2f ms\n", latency:percentile(50) / 1000))
  io.write(string.format("load: p99 %.2f ms\n", latency:percentile(99) / 1000))
  io.write(string.format("load: max %.2f ms\n", latency.max / 1000))
  io.write(string.format("load: errors %d (connect %d, read %d, write %d, timeout %d, status %d, unexpected %d)\n",
    errors.connect + errors.read + errors.write + errors.timeout + math.max(errors.status, unexpected_total),
    errors.connect, errors.read, errors.write, errors.timeout, errors.status, unexpected_total))
end
