-- Shared by the wrk bench scripts (loaded with dofile): one summary line per figure, the same for every script.
-- A script that also wants the answers counted by status class calls count_statuses() (a response() hook makes wrk
-- parse every answer in Lua, which costs client CPU: the public page benchmark leaves it off).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function count_statuses()
  response = function(status, headers, body)
    local class = math.floor(status / 100)
    _G["s" .. class .. "xx"] = (_G["s" .. class .. "xx"] or 0) + 1
    if status >= 400 then _G["s" .. status] = (_G["s" .. status] or 0) + 1 end
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests: %d in %.1f s, non-2xx/3xx: %d, socket errors: %d (connect %d, read %d, write %d, timeout %d)\n",
    summary.requests, seconds, summary.errors.status, socket, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
  local classes = {}
  for _, class in ipairs({ "2xx", "3xx", "4xx", "5xx" }) do
    local n = 0
    for _, thread in ipairs(threads) do n = n + (thread:get("s" .. class) or 0) end
    if n > 0 then table.insert(classes, class .. " " .. n) end
  end
  for status = 400, 599 do
    local n = 0
    for _, thread in ipairs(threads) do n = n + (thread:get("s" .. status) or 0) end
    if n > 0 then table.insert(classes, "of which " .. status .. ": " .. n) end
  end
  if #classes > 0 then io.write("answers by status: " .. table.concat(classes, ", ") .. "\n") end
  io.write(string.format("latency ms: p50 %.2f, p95 %.2f, p99 %.2f, max %.2f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("throughput: %.0f requests/s\n", summary.requests / seconds))
  io.write(string.format("errors: %d\n", summary.errors.status + socket))
end
