#!/usr/bin/env bash
# Runs every CoProWidgets test project (unit, integration, browser, package) and ends with one line:
# "N passed, N failed", totalled over all of them. Exits non-zero if anything fails or is missing.
#
# It installs what it needs and can: Chromium (Debian's package) for the browser tests, when run as root or
# with password-less sudo. Playwright never downloads a browser; it launches /usr/bin/chromium (or CHROMIUM_PATH).
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# A snapshot test with no approved snapshot fails instead of approving whatever it sees.
export SNAPSHOOTER_STRICT_MODE=true

fail() {
  echo "error: $*" >&2
  echo "0 passed, 1 failed"
  exit 1
}

apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else return 1; fi
  fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

command -v dotnet >/dev/null 2>&1 || fail "the .NET 10 SDK is needed: https://dot.net"

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "Installing Chromium for the browser tests..."
  apt_install chromium fonts-liberation || fail "Chromium is missing at $chromium. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH."
  [ -x "$chromium" ] || fail "Chromium was installed but is not at $chromium; set CHROMIUM_PATH to where it is."
fi

echo "Building (warnings are errors)..."
dotnet build CoProWidgets.sln -c Debug -warnaserror -nologo -clp:ErrorsOnly || fail "the build failed"

results="$(mktemp -d)"
projects=(
  tests/CoProWidgets.Tests
  tests/CoProWidgets.IntegrationTests
  tests/CoProWidgets.BrowserTests
  tests/CoProWidgets.PackageTests
)
passed=0
failed=0
status=0
for project in "${projects[@]}"; do
  name="$(basename "$project")"
  echo "Testing $name..."
  dotnet test "$project" --no-build -c Debug --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results/$name" || status=1
  trx="$results/$name/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "error: $name produced no results; counting it as failed" >&2
    failed=$((failed + 1))
    status=1
    continue
  fi
  counters="$(grep -o '<Counters [^>]*>' "$trx")"
  count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  executed="$(count executed)"
  p="$(count passed)"
  f=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
  if [ "${executed:-0}" -eq 0 ]; then
    echo "error: $name ran no tests" >&2
    f=$((f + 1))
    status=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
done

[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit "$status"
