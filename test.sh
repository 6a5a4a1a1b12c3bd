#!/usr/bin/env bash
# Runs every CoProWidgets test project (unit, integration, browser, package) and ends with one line:
# "N passed, N failed", totalled over all of them. Exits non-zero if anything fails or is missing.
#
# It installs what it needs and can (Debian's packages, when run as root or with password-less sudo): Chromium for
# the browser tests (Playwright never downloads a browser; it launches /usr/bin/chromium or CHROMIUM_PATH),
# python3-aiosmtpd for a real SMTP server, and PostgreSQL, whose server it starts on a loopback port in a temporary
# folder for the storage tests and stops at the end (or uses COPRO_TEST_POSTGRES if that is already set), Redis, started
# and stopped the same way for the tests of several servers (or COPRO_TEST_REDIS), and the
# Nu Html Checker (npm's vnu-jar, run with Java) for the HTML validity test (or COPRO_TEST_VNU), and for the WordPress
# plugin's browser tests Debian's wordpress, PHP and MariaDB, whose server it starts like PostgreSQL's (or uses
# COPRO_TEST_MARIADB_SOCKET). The package tests build the widget host's container image offline on a stand-in base
# image made from Debian's packages (apt-get download) and kept in ~/.cache/coprowidgets, and run it with chroot
# (as root, as in CI).
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# A snapshot test with no approved snapshot fails instead of approving whatever it sees.
export SNAPSHOOTER_STRICT_MODE=true
# Each test host watches files (appsettings reload, content); a user has 128 inotify instances by default, which
# hundreds of short-lived hosts can exhaust before the runtime frees them. Test hosts do not reload configuration,
# and where we may, the limit is raised.
export DOTNET_hostBuilder__reloadConfigOnChange=false
if [ "$(id -u)" = 0 ] && [ "$(cat /proc/sys/fs/inotify/max_user_instances 2>/dev/null || echo 0)" -lt 1024 ]; then
  sysctl -q -w fs.inotify.max_user_instances=1024 || echo "Could not raise fs.inotify.max_user_instances; continuing."
fi

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

python="${COPRO_TEST_PYTHON:-/usr/bin/python3}"
if ! "$python" -c "import aiosmtpd" 2>/dev/null; then
  echo "Installing aiosmtpd for the SMTP tests..."
  apt_install python3-aiosmtpd || fail "aiosmtpd is missing for $python. Install it (sudo apt-get install python3-aiosmtpd) or set COPRO_TEST_PYTHON."
fi

# The Nu Html Checker (npm's vnu-jar, run with Java) for the HTML validity test, kept in the user's cache.
if [ -z "${COPRO_TEST_VNU:-}" ]; then
  vnu_version="26.9.27"
  vnu_dir="${XDG_CACHE_HOME:-$HOME/.cache}/coprowidgets/vnu-$vnu_version"
  export COPRO_TEST_VNU="$vnu_dir/node_modules/vnu-jar/build/dist/vnu.jar"
  if [ ! -f "$COPRO_TEST_VNU" ]; then
    command -v npm >/dev/null 2>&1 || apt_install npm || fail "npm is missing for the Nu Html Checker. Install it (sudo apt-get install npm) or set COPRO_TEST_VNU to vnu.jar."
    echo "Installing the Nu Html Checker (vnu-jar $vnu_version)..."
    mkdir -p "$vnu_dir"
    npm install --prefix "$vnu_dir" --ignore-scripts --no-audit --no-fund --silent "vnu-jar@$vnu_version" >/dev/null \
      || fail "npm could not install vnu-jar. Set COPRO_TEST_VNU to a vnu.jar you have."
  fi
fi
command -v java >/dev/null 2>&1 || apt_install default-jre-headless || fail "Java is missing for the Nu Html Checker. Install it (sudo apt-get install default-jre-headless)."

pg_stop() { :; }
if [ -z "${COPRO_TEST_POSTGRES:-}" ]; then
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/pg_ctl" ]; then
    echo "Installing PostgreSQL for the storage tests..."
    apt_install postgresql || fail "PostgreSQL is missing. Install it (sudo apt-get install postgresql) or set COPRO_TEST_POSTGRES."
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  pg_data="$(mktemp -d)"
  as_pg=()
  if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root: run it as the postgres user the package created.
    chown postgres "$pg_data"
    as_pg=(runuser -u postgres --)
  fi
  pg_port="$("$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust >/dev/null || fail "initdb failed"
  # Two test classes run at once, each with its own database and a connection pool of up to 100 (Npgsql's
  # default), and the concurrency tests fill their pools: leave room for both.
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
    -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c max_connections=400" start >/dev/null \
    || { cat "$pg_data/server.log" >&2; fail "PostgreSQL did not start"; }
  pg_stop() { "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1; rm -rf "$pg_data"; }
  export COPRO_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
  echo "PostgreSQL is running on 127.0.0.1:$pg_port for the tests."
fi
trap pg_stop EXIT

# Redis for the tests of several servers sharing form budgets: Debian's redis-server, started on a loopback port in a
# temporary folder with nothing saved to disk, and stopped at the end (or COPRO_TEST_REDIS, a server's host:port).
redis_stop() { :; }
if [ -z "${COPRO_TEST_REDIS:-}" ]; then
  if ! command -v redis-server >/dev/null 2>&1; then
    echo "Installing Redis for the tests of several servers..."
    apt_install redis-server || fail "Redis is missing. Install it (sudo apt-get install redis-server) or set COPRO_TEST_REDIS."
  fi
  redis_dir="$(mktemp -d)"
  redis_port="$("$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$redis_dir" --save "" --appendonly no \
    --daemonize yes --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log" || fail "Redis did not start"
  for _ in $(seq 1 50); do
    redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1 || { cat "$redis_dir/redis.log" >&2; fail "Redis did not start"; }
  redis_stop() {
    redis-cli -h 127.0.0.1 -p "$redis_port" shutdown nosave >/dev/null 2>&1
    rm -rf "$redis_dir"
  }
  export COPRO_TEST_REDIS="127.0.0.1:$redis_port"
  echo "Redis is running on $COPRO_TEST_REDIS for the tests."
fi
trap 'pg_stop; redis_stop' EXIT

# WordPress for the plugin's tests: Debian's wordpress with its default theme, PHP's command line (its built-in
# server) with mysqli, and a MariaDB server of our own on a socket in a temporary folder (or COPRO_TEST_MARIADB_SOCKET,
# for a server with a user 'copro', password 'copro-tests', that may create databases).
php_bin="${COPRO_TEST_PHP:-/usr/bin/php}"
if [ ! -f /usr/share/wordpress/wp-load.php ] || [ ! -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] \
  || [ ! -x "$php_bin" ] || ! "$php_bin" -m 2>/dev/null | grep -qi '^mysqli$' \
  || { [ -z "${COPRO_TEST_MARIADB_SOCKET:-}" ] && ! command -v mariadb-install-db >/dev/null 2>&1; }; then
  echo "Installing WordPress, PHP and MariaDB for the WordPress plugin tests..."
  apt_install wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server mariadb-client \
    || fail "WordPress is missing for the plugin tests. Install it (sudo apt-get install wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server)."
fi
# GNU msgfmt, for the test that the plugin's compiled translations are what integrations/wordpress/make-mo.sh makes.
command -v msgfmt >/dev/null 2>&1 || apt_install gettext || fail "GNU gettext is missing for the WordPress plugin's translation test. Install it (sudo apt-get install gettext)."
mdb_stop() { :; }
if [ -z "${COPRO_TEST_MARIADB_SOCKET:-}" ]; then
  mdb_dir="$(mktemp -d)"
  chmod 755 "$mdb_dir"
  as_mysql=()
  if [ "$(id -u)" -eq 0 ]; then
    # MariaDB refuses to run as root: run it as the mysql user the package created.
    chown mysql "$mdb_dir"
    as_mysql=(runuser -u mysql --)
  fi
  "${as_mysql[@]}" mariadb-install-db --no-defaults --datadir="$mdb_dir/data" --auth-root-authentication-method=normal \
    --skip-test-db >"$mdb_dir/install.log" 2>&1 || { cat "$mdb_dir/install.log" >&2; fail "mariadb-install-db failed"; }
  "${as_mysql[@]}" "$(command -v mariadbd || echo /usr/sbin/mariadbd)" --no-defaults --datadir="$mdb_dir/data" \
    --socket="$mdb_dir/mysqld.sock" --pid-file="$mdb_dir/mysqld.pid" --skip-networking --skip-log-bin \
    --log-error="$mdb_dir/error.log" >/dev/null 2>&1 &
  for _ in $(seq 1 60); do
    mariadb --no-defaults -S "$mdb_dir/mysqld.sock" -u root -e "SELECT 1" >/dev/null 2>&1 && break
    sleep 0.5
  done
  mariadb --no-defaults -S "$mdb_dir/mysqld.sock" -u root \
    -e "CREATE USER 'copro'@'localhost' IDENTIFIED BY 'copro-tests'; GRANT ALL PRIVILEGES ON *.* TO 'copro'@'localhost';" \
    || { cat "$mdb_dir/error.log" >&2; fail "MariaDB did not start"; }
  mdb_stop() {
    mariadb-admin --no-defaults -S "$mdb_dir/mysqld.sock" -u root shutdown >/dev/null 2>&1
    rm -rf "$mdb_dir"
  }
  export COPRO_TEST_MARIADB_SOCKET="$mdb_dir/mysqld.sock"
  echo "MariaDB is running on $COPRO_TEST_MARIADB_SOCKET for the WordPress tests."
fi
trap 'pg_stop; redis_stop; mdb_stop' EXIT

echo "Building (warnings are errors)..."
dotnet build CoProWidgets.sln -c Debug -warnaserror -nologo -clp:ErrorsOnly || fail "the build failed"

results="$(mktemp -d)"
projects=(
  tests/CoProWidgets.Tests
  tests/CoProWidgets.IntegrationTests
  tests/CoProWidgets.HostTests
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
