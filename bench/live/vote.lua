-- Each request is one participant's vote with a unique requestId; wrk threads get distinct ids via setup().
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local tokens = {}
local session, activity
for line in io.lines("tokens.txt") do
  if line:sub(1, 1) == "#" then
    session, activity = line:match("session (%S+) activity (%S+)")
  else
    tokens[#tokens + 1] = line
  end
end
local counter = 0
request = function()
  counter = counter + 1
  local token = tokens[((counter * 2 + (tid or 0)) % #tokens) + 1]
  local body = '{"choices":[' .. (counter % 4) .. '],"requestId":"' .. (tid or 0) .. '-' .. counter .. '"}'
  return wrk.format("POST", "/api/live/p/" .. session .. "/activities/" .. activity .. "/responses",
    { ["Authorization"] = "Participant " .. token, ["Content-Type"] = "application/json" }, body)
end
