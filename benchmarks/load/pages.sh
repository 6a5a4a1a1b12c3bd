#!/usr/bin/env bash
# Requests per second for the sample's pages, against the published sample (Release, Production), in one run:
# the home page (two principles panels) beside the same bytes served as a static file, and the results page and
# Atom feed beside a plain Razor page of the sample (the privacy notice). Prints each rate and the ratios the
# widgets are held to (home/static and results, feed/plain page: 0.8 or more).
# Needs wrk (apt-get install wrk). Usage: benchmarks/load/pages.sh [seconds per page] [connections] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
connections="${2:-32}"
rounds="${3:-5}"
out="$(mktemp -d)"
port=5091
base="http://127.0.0.1:$port"

dotnet publish samples/CoProWidgets.Sample -c Release -o "$out/app" --nologo -v quiet >/dev/null
cd "$out/app"
ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production CoProWidgets__SiteUrl="$base/" \
  Logging__LogLevel__Default=Warning dotnet CoProWidgets.Sample.dll >"$out/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 1 60); do curl -fs "$base/" >/dev/null && break; sleep 1; done

# The home page's bytes as a static file, served by the same process and middleware.
curl -fs "$base/" >"$out/app/wwwroot/home-copy.html"

rate() { wrk -t2 -c"$connections" -d"${seconds}s" "$base$1" | awk '/Requests\/sec/ {print int($2)}'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
pages=(/home-copy.html / /Privacy /copro/surveys/having-a-say/results /copro/outcomes/feed.atom)
for page in "${pages[@]}"; do rate "$page" >/dev/null; done # warm-up

# Rounds take every page in turn, so a slow moment on the machine falls on all of them; each figure is the median.
declare -A runs
for _ in $(seq 1 "$rounds"); do
  for page in "${pages[@]}"; do runs[$page]+="$(rate "$page") "; done
done
static=$(median ${runs[/home-copy.html]})
home=$(median ${runs[/]})
plain=$(median ${runs[/Privacy]})
results=$(median ${runs[/copro/surveys/having-a-say/results]})
feed=$(median ${runs[/copro/outcomes/feed.atom]})
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '%-36s %8s req/s\n' "static copy of the home page" "$static" "home page (two principles panels)" "$home" \
  "plain Razor page (/Privacy)" "$plain" "results page" "$results" "Atom feed" "$feed"
echo "home / static copy:    $(ratio "$home" "$static")"
echo "results / plain page:  $(ratio "$results" "$plain")"
echo "feed / plain page:     $(ratio "$feed" "$plain")"
