-- wrk script: cycles through the request paths listed (one per line) in the file named by $URLS and prints
-- p50/p95/max latency. Usage: URLS=urls.txt wrk -t2 -c20 -d10s -s wrk-report.lua http://127.0.0.1:5301
local urls = {}
for line in io.lines(os.getenv("URLS")) do
  if #line > 0 then urls[#urls + 1] = line end
end
local i = 0

request = function()
  i = i % #urls + 1
  return wrk.format("GET", urls[i])
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT p50=%.2f p95=%.2f max=%.2f ms; requests=%d; status>=400=%d; socket errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency.max / 1000, summary.requests, summary.errors.status, errors))
end
