#!/usr/bin/env bash
# Requests per second for the sample's pages, against the published sample (Release, Production), in one run:
# the home page (two principles panels) beside the same bytes served as a static file, and the results page and
# Atom feed beside a plain Razor page of the sample (the privacy notice). Prints each rate and the ratios the
# widgets are held to (home/static and results, feed/plain page: 0.8 or more), by rate and by the server's CPU time
# per request.
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

# Requests per second from wrk; and the server's own CPU time per request (from /proc), which a busy neighbour on a
# shared machine disturbs much less than the rate.
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
ticks=$(getconf CLK_TCK)
run() {
  local before after out
  before=$(cpu)
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" "$base$1")
  after=$(cpu)
  awk -v out="$out" -v used=$((after - before)) -v ticks="$ticks" 'BEGIN {
    n = split(out, lines, "\n")
    for (i = 1; i <= n; i++) {
      if (lines[i] ~ /Requests\/sec/) { split(lines[i], f, " "); rate = int(f[2]) }
      if (lines[i] ~ /requests in/) { split(lines[i], f, " "); requests = f[1] }
    }
    printf "%d %.1f\n", rate, used / ticks * 1000000 / requests
  }'
}
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
pages=(/home-copy.html / /Privacy /copro/surveys/having-a-say/results /copro/outcomes/feed.atom)
names=("static copy of the home page" "home page (two principles panels)" "plain Razor page (/Privacy)" "results page" "Atom feed")
for page in "${pages[@]}"; do run "$page" >/dev/null; done # warm-up

# Rounds take every page in turn, so a slow moment on the machine falls on all of them; each figure is the median.
declare -A rates costs
for _ in $(seq 1 "$rounds"); do
  for page in "${pages[@]}"; do
    read -r r c < <(run "$page")
    rates[$page]+="$r "
    costs[$page]+="$c "
  done
done
declare -A rate cost
printf '%-36s %10s %14s\n' "page" "req/s" "server CPU/req"
for i in "${!pages[@]}"; do
  page=${pages[$i]}
  rate[$page]=$(median ${rates[$page]})
  cost[$page]=$(median ${costs[$page]})
  printf '%-36s %10s %11s us\n' "${names[$i]}" "${rate[$page]}" "${cost[$page]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "home / static copy:    $(ratio "${rate[/]}" "${rate[/home-copy.html]}") by rate, $(ratio "${cost[/home-copy.html]}" "${cost[/]}") by CPU per request"
echo "results / plain page:  $(ratio "${rate[/copro/surveys/having-a-say/results]}" "${rate[/Privacy]}") by rate, $(ratio "${cost[/Privacy]}" "${cost[/copro/surveys/having-a-say/results]}") by CPU per request"
echo "feed / plain page:     $(ratio "${rate[/copro/outcomes/feed.atom]}" "${rate[/Privacy]}") by rate, $(ratio "${cost[/Privacy]}" "${cost[/copro/outcomes/feed.atom]}") by CPU per request"
