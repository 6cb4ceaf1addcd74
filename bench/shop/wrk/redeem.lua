-- Redemptions for wrk: quantity 1 across the well-stocked products, each request from the next employee (tokens, one a
-- line, in $TOKENS), with a fresh Idempotency-Key. See run-wrk.sh.
local tokens, products = {}, {}
for line in io.lines(os.getenv("TOKENS")) do tokens[#tokens + 1] = line end
for line in io.lines(os.getenv("PRODUCTS")) do products[#products + 1] = line end
local counter = 0
math.randomseed(os.time())
local prefix = tostring(math.random(1, 1e9))
request = function()
  counter = counter + 1
  local body = string.format('{"productId":"%s","quantity":1}', products[math.random(#products)])
  return wrk.format("POST", "/api/shop/orders", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
    ["Idempotency-Key"] = "wrk-" .. prefix .. "-" .. counter,
  }, body)
end
