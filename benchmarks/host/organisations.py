#!/usr/bin/env python3
"""Start-up time and memory of the widget host with 1, 10 and 150 organisations.

For each count: a fresh data folder with that many organisations (each with the sample's content), the published
host started in Production on SQLite, then
  - ready: time from process start until the host answers its landing page, and its memory then (RSS);
  - first: time to each organisation's first widget page (its shell is built then), and memory after all of them;
  - warm: median time of a widget page once every shell runs.
Background start is off for the first two lines (shells start at their first request) and on for the last (every
shell started soon after start-up: memory once all run).

Usage: python3 benchmarks/host/organisations.py [counts...]   (default: 1 10 150)
Builds with `dotnet publish -c Release` first. Prints a Markdown table.
"""
import http.client, json, os, shutil, socket, sqlite3, statistics, subprocess, sys, tempfile, time, uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PUBLISH = os.path.join(tempfile.gettempdir(), "copro-host-bench-publish")
SAMPLE = os.path.join(ROOT, "samples", "CoProWidgets.Sample", "Content", "CoProduction")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def get(port, host, path, timeout=30):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Host": host})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def seed(data, count):
    """Creates the host database by running the host once, then adds organisations and their content."""
    db = sqlite3.connect(os.path.join(data, "host.db"))
    for i in range(count):
        slug = f"org-{i:03d}"
        db.execute(
            "INSERT INTO host_organisations (Slug, Name, HostNames, SiteUrl, AllowedOrigins, EmailFrom, SafeguardingEmail, SignUpPage, Created, Version)"
            " VALUES (?, ?, ?, ?, '', ?, ?, NULL, '2026-12-07 00:00:00+00:00', 1)",
            (slug, f"Organisation {i}", f"{slug}.test", f"https://www.{slug}.example.org/", f"involve@{slug}.example.org", f"safe@{slug}.example.org"))
        shutil.copytree(SAMPLE, os.path.join(data, "content", slug))
    db.commit()
    db.close()


def start(data, port, background):
    env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Production", ASPNETCORE_URLS=f"http://127.0.0.1:{port}",
               WidgetHost__DataPath=data, WidgetHost__PublicUrl=f"http://localhost:{port}/",
               WidgetHost__StartOrganisationsInBackground=str(background).lower(), Logging__LogLevel__Default="Warning")
    started = time.monotonic()
    log = open(os.path.join(data, "host.log"), "ab")
    process = subprocess.Popen(["dotnet", os.path.join(PUBLISH, "CoProWidgets.Host.dll")], env=env, cwd=PUBLISH,
                               stdout=log, stderr=subprocess.STDOUT)
    while True:
        try:
            if get(port, "localhost", "/", timeout=2) == 200:
                return process, time.monotonic() - started
        except OSError:
            pass
        if process.poll() is not None:
            with open(os.path.join(data, "host.log"), encoding="utf-8", errors="replace") as f:
                raise SystemExit("the host stopped before it answered:\n" + f.read()[-3000:])
        time.sleep(0.05)


def stop(process):
    process.terminate()
    process.wait(timeout=60)


def run(count):
    data = tempfile.mkdtemp(prefix="copro-host-bench-")
    port = free_port()
    # The first run makes the host database; organisations are added while it is stopped.
    process, _ = start(data, port, background=False)
    stop(process)
    seed(data, count)
    slugs = [f"org-{i:03d}" for i in range(count)]

    process, ready = start(data, port, background=False)
    ready_rss = rss_mb(process.pid)
    firsts = []
    for slug in slugs:
        t = time.monotonic()
        status = get(port, f"{slug}.test", "/copro/principles/our-principles/page")
        firsts.append(time.monotonic() - t)
        assert status == 200, (slug, status)
    all_rss = rss_mb(process.pid)
    warm = []
    for _ in range(5):
        for slug in slugs[:20]:
            t = time.monotonic()
            get(port, f"{slug}.test", "/copro/principles/our-principles/page")
            warm.append(time.monotonic() - t)
    stop(process)

    process, ready_bg = start(data, port, background=True)
    time.sleep(max(5, count * 0.2))
    background_rss = rss_mb(process.pid)
    stop(process)
    shutil.rmtree(data, ignore_errors=True)
    return {
        "organisations": count, "ready_s": ready, "ready_rss_mb": ready_rss,
        "first_request_median_ms": statistics.median(firsts) * 1000, "first_request_max_ms": max(firsts) * 1000,
        "rss_all_shells_mb": all_rss, "warm_median_ms": statistics.median(warm) * 1000,
        "ready_background_s": ready_bg, "rss_background_all_mb": background_rss,
    }


def main():
    counts = [int(a) for a in sys.argv[1:]] or [1, 10, 150]
    subprocess.run(["dotnet", "publish", os.path.join(ROOT, "src", "CoProWidgets.Host"), "-c", "Release", "-o", PUBLISH, "-nologo", "-v", "q"], check=True)
    rows = [run(count) for count in counts]
    print("| organisations | ready (s) | memory at ready (MB) | first page per organisation, median / max (ms) | memory, every shell running (MB) | warm page, median (ms) | ready with background start (s) | memory, background start of all (MB) |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['organisations']} | {r['ready_s']:.2f} | {r['ready_rss_mb']:.0f} | {r['first_request_median_ms']:.0f} / {r['first_request_max_ms']:.0f} | {r['rss_all_shells_mb']:.0f} | {r['warm_median_ms']:.1f} | {r['ready_background_s']:.2f} | {r['rss_background_all_mb']:.0f} |")
    print(json.dumps(rows), file=sys.stderr)


if __name__ == "__main__":
    main()
