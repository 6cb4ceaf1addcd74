-- Each request polls as a different participant (tokens.txt from `quartet live bench-seed`) with If-None-Match.
local tokens = {}
local session
for line in io.lines("tokens.txt") do
  if line:sub(1, 1) == "#" then
    session = line:match("session (%S+)")
  else
    tokens[#tokens + 1] = line
  end
end
local counter = 0
local version = os.getenv("VERSION") or "1"
request = function()
  counter = counter + 1
  local token = tokens[(counter % #tokens) + 1]
  return wrk.format("GET", "/api/live/p/" .. session .. "/sync?since=" .. version,
    { ["Authorization"] = "Participant " .. token, ["If-None-Match"] = '"v' .. version .. '"' })
end
