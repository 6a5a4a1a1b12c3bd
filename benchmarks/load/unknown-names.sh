#!/usr/bin/env bash
# A flood of requests for content names that do not exist, against the published sample (Release, Production):
# prints the process's memory (RSS) and the log's size before, during and after, to show both stay flat.
# Needs wrk (apt-get install wrk). Usage: benchmarks/load/unknown-names.sh [seconds per round] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$(pwd)"
seconds="${1:-40}"
rounds="${2:-3}"
out="$(mktemp -d)"
port=5090

dotnet publish samples/CoProWidgets.Sample -c Release -o "$out/app" --nologo -v quiet >/dev/null
cd "$out/app"
ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
  CoProWidgets__SiteUrl="http://127.0.0.1:$port/" Logging__LogLevel__Default=Information \
  dotnet CoProWidgets.Sample.dll >"$out/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 1; done

rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
report() { printf '%-24s RSS %6d MB   log %8d bytes\n' "$1" "$(( $(rss) / 1024 ))" "$(stat -c %s "$out/app.log")"; }

wrk -t2 -c32 -d5s "http://127.0.0.1:$port/copro/surveys/having-a-say" >/dev/null
report "after warm-up"
for round in $(seq 1 "$rounds"); do
  wrk -t2 -c32 -d"${seconds}s" -s "$repo/benchmarks/load/unknown-names.lua" "http://127.0.0.1:$port" | grep -E "requests in|Requests/sec|Non-2xx"
  report "after round $round"
done
echo "Log lines at Warning or above during the flood:"
grep -ciE "warn|fail|error" "$out/app.log" || true
