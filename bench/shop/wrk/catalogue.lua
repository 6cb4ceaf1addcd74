-- B4-style catalogue mix for wrk: pages 1-5 (size 20), mixing q, category and sort.
-- wrk -t2 -c<N> -d20s --latency -s bench/shop/wrk/catalogue.lua -H "Authorization: Bearer $TOKEN" http://127.0.0.1:5181
local sorts = { "newest", "cost_asc", "cost_desc", "name" }
local words = { "mug", "card", "lamp", "yoga", "book", "tour", "kit", "set" }
math.randomseed(os.time())
request = function()
  local r = math.random(3)
  local extra = ""
  if r == 1 then extra = "&q=" .. words[math.random(#words)]
  elseif r == 2 then extra = string.format("&category=category-%02d", math.random(0, 49)) end
  local path = string.format("/api/shop/products?page=%d&pageSize=20&sort=%s%s", math.random(5), sorts[math.random(#sorts)], extra)
  return wrk.format("GET", path)
end
