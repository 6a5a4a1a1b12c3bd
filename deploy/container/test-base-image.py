#!/usr/bin/env python3
"""A local stand-in for mcr.microsoft.com/dotnet/aspnet, for building the widget host's container image offline.

Real users build on the default base image (mcr.microsoft.com/dotnet/aspnet). Machines without that registry (the
project's CI among them) build on this one instead: the Debian packages the .NET runtime needs (as the runtime-deps
image has), this machine's own ASP.NET Core runtime, and the same user (app, 1654) and settings as Microsoft's image,
served from a folder by a minimal read-only registry on loopback.

  test-base-image.py build CACHE_DIR   makes the image in CACHE_DIR (kept: a second run only checks it is there)
  test-base-image.py serve CACHE_DIR   serves it on a free loopback port; prints the image's name, then runs until stopped
"""
import gzip
import hashlib
import http.server
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

REPOSITORY = "coprowidgets/aspnet-test"
APP_UID = 1654
PACKAGES = ["libc6", "libgcc-s1", "libstdc++6", "libssl3", "zlib1g", "libicu72", "tzdata", "ca-certificates"]
MANIFEST_TYPE = "application/vnd.docker.distribution.manifest.v2+json"


def runtime():
    """The ASP.NET Core runtime this machine's dotnet uses: (version, dotnet root)."""
    out = subprocess.run(["dotnet", "--list-runtimes"], check=True, capture_output=True, text=True).stdout
    found = re.findall(r"^Microsoft\.AspNetCore\.App (\S+) \[(.+)\]$", out, re.M)
    if not found:
        sys.exit("No ASP.NET Core runtime: `dotnet --list-runtimes` lists none.")
    version, folder = sorted(found, key=lambda f: [int(p) if p.isdigit() else p for p in re.split(r"[.-]", f[0])])[-1]
    return version, os.path.dirname(os.path.dirname(folder))


def download_packages(into):
    def download():
        return subprocess.run(["apt-get", "download", *PACKAGES], cwd=into, capture_output=True, text=True)

    result = download()
    if result.returncode != 0 and os.geteuid() == 0:
        # A fresh machine may have no package lists yet.
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        result = download()
    if result.returncode != 0:
        sys.exit("apt-get download failed (run `apt-get update` first?):\n" + result.stderr)


def make_rootfs(root, version, dotnet_root):
    with tempfile.TemporaryDirectory() as debs:
        download_packages(debs)
        for deb in sorted(os.listdir(debs)):
            subprocess.run(["dpkg-deb", "-x", os.path.join(debs, deb), root], check=True)
    dotnet = os.path.join(root, "usr/share/dotnet")
    os.makedirs(dotnet)
    shutil.copy2(os.path.join(dotnet_root, "dotnet"), dotnet)
    for part in ["host", f"shared/Microsoft.NETCore.App/{version}", f"shared/Microsoft.AspNetCore.App/{version}", "LICENSE.txt"]:
        source, target = os.path.join(dotnet_root, part), os.path.join(dotnet, part)
        if os.path.isdir(source):
            shutil.copytree(source, target, symlinks=True)
        elif os.path.exists(source):
            shutil.copy2(source, target)
    os.makedirs(os.path.join(root, "usr/bin"), exist_ok=True)
    os.symlink("/usr/share/dotnet/dotnet", os.path.join(root, "usr/bin/dotnet"))
    os.makedirs(os.path.join(root, "etc/ssl/certs"), exist_ok=True)
    certificates = "/etc/ssl/certs/ca-certificates.crt"
    if os.path.exists(certificates):
        shutil.copy2(certificates, os.path.join(root, "etc/ssl/certs"))
    with open(os.path.join(root, "etc/passwd"), "w") as f:
        f.write(f"root:x:0:0:root:/root:/usr/sbin/nologin\napp:x:{APP_UID}:{APP_UID}::/home/app:/usr/sbin/nologin\n")
    with open(os.path.join(root, "etc/group"), "w") as f:
        f.write(f"root:x:0:\napp:x:{APP_UID}:\n")
    for folder, mode in [("tmp", 0o1777), ("home/app", 0o755), ("app", 0o755), ("proc", 0o555), ("dev", 0o755)]:
        os.makedirs(os.path.join(root, folder), exist_ok=True)
        os.chmod(os.path.join(root, folder), mode)


def layer(root):
    """The rootfs as one gzipped tar, owned by root except the app user's home, with fixed times (reproducible)."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        def owned(info):
            info.mtime = 0
            info.uid = info.gid = APP_UID if info.name == "home/app" else 0
            info.uname = info.gname = ""
            return info
        for entry in sorted(os.listdir(root)):
            tar.add(os.path.join(root, entry), arcname=entry, filter=owned)
    tar_bytes = raw.getvalue()
    return tar_bytes, gzip.compress(tar_bytes, mtime=0)


def build(cache):
    version, dotnet_root = runtime()
    image = os.path.join(cache, version)
    if os.path.exists(os.path.join(image, "manifest.json")):
        print(f"The test base image for ASP.NET Core {version} is already in {image}.")
        return
    work = tempfile.mkdtemp(dir=cache if os.path.isdir(cache) else None)
    try:
        root = os.path.join(work, "rootfs")
        os.makedirs(root)
        make_rootfs(root, version, dotnet_root)
        tar_bytes, gz = layer(root)
        blobs = os.path.join(work, "image", "blobs")
        os.makedirs(blobs)

        def blob(data):
            digest = "sha256:" + hashlib.sha256(data).hexdigest()
            with open(os.path.join(blobs, digest.replace(":", "-")), "wb") as f:
                f.write(data)
            return digest, len(data)

        layer_digest, layer_size = blob(gz)
        config = json.dumps({
            "architecture": "amd64",
            "os": "linux",
            "config": {
                "Env": [
                    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                    f"APP_UID={APP_UID}",
                    "ASPNETCORE_HTTP_PORTS=8080",
                    "DOTNET_RUNNING_IN_CONTAINER=true",
                    f"DOTNET_VERSION={version}",
                    f"ASPNET_VERSION={version}",
                ],
                "WorkingDir": "/",
            },
            "rootfs": {"type": "layers", "diff_ids": ["sha256:" + hashlib.sha256(tar_bytes).hexdigest()]},
        }, sort_keys=True).encode()
        config_digest, config_size = blob(config)
        manifest = json.dumps({
            "schemaVersion": 2,
            "mediaType": MANIFEST_TYPE,
            "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "digest": config_digest, "size": config_size},
            "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "digest": layer_digest, "size": layer_size}],
        }, sort_keys=True).encode()
        with open(os.path.join(work, "image", "manifest.json"), "wb") as f:
            f.write(manifest)
        os.makedirs(cache, exist_ok=True)
        shutil.rmtree(image, ignore_errors=True)
        os.rename(os.path.join(work, "image"), image)
        print(f"Made the test base image for ASP.NET Core {version} in {image} ({layer_size // 1048576} MiB).")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def serve(cache):
    version, _ = runtime()
    image = os.path.join(cache, version)
    with open(os.path.join(image, "manifest.json"), "rb") as f:
        manifest = f.read()
    manifest_digest = "sha256:" + hashlib.sha256(manifest).hexdigest()

    class Registry(http.server.BaseHTTPRequestHandler):
        def answer(self, body, content_type, digest=None):
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Docker-Distribution-API-Version", "registry/2.0")
            if digest:
                self.send_header("Docker-Content-Digest", digest)
            self.end_headers()
            if self.command == "GET":
                self.wfile.write(body)

        def do_GET(self):
            path = self.path.split("?")[0]
            if path in ("/v2/", "/v2"):
                return self.answer(b"{}", "application/json")
            match = re.fullmatch(rf"/v2/{REPOSITORY}/(manifests|blobs)/([^/]+)", path)
            if match and match.group(1) == "manifests" and match.group(2) in (version, manifest_digest):
                return self.answer(manifest, MANIFEST_TYPE, manifest_digest)
            if match and match.group(1) == "blobs" and re.fullmatch(r"sha256:[0-9a-f]{64}", match.group(2)):
                blob_path = os.path.join(image, "blobs", match.group(2).replace(":", "-"))
                if os.path.exists(blob_path):
                    with open(blob_path, "rb") as f:
                        return self.answer(f.read(), "application/octet-stream", match.group(2))
            self.send_error(404)

        do_HEAD = do_GET

        def log_message(self, format, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Registry)
    print(f"localhost:{server.server_address[1]}/{REPOSITORY}:{version}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("build", "serve"):
        sys.exit(__doc__)
    (build if sys.argv[1] == "build" else serve)(os.path.abspath(sys.argv[2]))
