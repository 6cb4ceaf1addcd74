-- Prints the 95th percentile latency in milliseconds ("p95 <ms>"), which wrk's --latency table leaves out.
function done(summary, latency, requests)
  io.write(string.format("p95 %.2f\n", latency:percentile(95) / 1000))
end
