-- Each request polls as a different participant (tokens.txt from `quartet live bench-seed`) with `since` and
-- If-None-Match set to the version this thread last received, as the real client does (S12): a 200 moves the thread's
-- cursor to the returned ETag, so steady state is 304s, and a change in the session shows up as one 200 per thread.
local tokens = {}
local session
for line in io.lines("tokens.txt") do
  if line:sub(1, 1) == "#" then
    session = line:match("session (%S+)")
  else
    tokens[#tokens + 1] = line
  end
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

local counter = 0
local version = os.getenv("VERSION") or "1"
not_modified, ok, other = 0, 0, 0

request = function()
  counter = counter + 1
  local token = tokens[(counter % #tokens) + 1]
  return wrk.format("GET", "/api/live/p/" .. session .. "/sync?since=" .. version,
    { ["Authorization"] = "Participant " .. token, ["If-None-Match"] = '"v' .. version .. '"' })
end

response = function(status, headers, body)
  if status == 304 then
    not_modified = not_modified + 1
  elseif status == 200 then
    ok = ok + 1
    local tag = headers["ETag"] or headers["etag"]
    local v = tag and tag:match('"v(%d+)"')
    if v then version = v end
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local n304, n200, nother = 0, 0, 0
  for _, thread in ipairs(threads) do
    n304 = n304 + thread:get("not_modified")
    n200 = n200 + thread:get("ok")
    nother = nother + thread:get("other")
  end
  io.write(string.format("answers: %d x 304, %d x 200 (delta after a change), %d other\n", n304, n200, nother))
end
