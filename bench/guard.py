"""Guard throughput and latency, against a running server (or one this script starts).

Prints guard req/s with p50/p90/p99/max latency at 1 and 16 keep-alive connections (`wrk --latency` with a
Lua script for the POST body when wrk is installed, else this script's own asyncio load generator),
/api/health at 16 connections in the same run and the ratio, then sequential SDK latency for `guard()` and
`create_action()` with our SDK and, when it can be installed, the published 2.10.0 client.

    python bench/guard.py                         # starts `dashclaw serve` on a temporary SQLite file
    python bench/guard.py --database-url postgresql://postgres@127.0.0.1/test
    python bench/guard.py --url http://127.0.0.1:3000 --api-key oc_live_...
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

POLICIES = [
    ("bench: risk ceiling", "risk_threshold", {"threshold": 95}),
    ("bench: humans approve prod deploys", "require_approval", {"action_types": ["deploy.production"]}),
    ("bench: never drop tables", "block_action_type", {"action_types": ["db.drop", "db.truncate"]}),
    ("bench: rate limit", "rate_limit", {"max_actions": 100000, "window_minutes": 60}),
]
GUARD_BODY = {
    "action_type": "deploy",
    "declared_goal": "Roll out build 1234 to staging",
    "risk_score": 40,
    "systems_touched": ["staging-api"],
    "reversible": True,
    "agent_id": "bench-agent",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


STARTUP_SECONDS = 180


@contextmanager
def started_server(database_url: str | None, workers: int = 1):
    directory = Path(tempfile.mkdtemp(prefix="dashclaw-bench-"))
    port = free_port()
    key = "bench_" + secrets.token_hex(16)
    env = {**os.environ, "DASHCLAW_API_KEY": key, "DASHCLAW_DATA_DIR": str(directory),
           "DASHCLAW_RATE_LIMIT_MAX": "100000000"}
    url = database_url or f"sqlite:///{directory / 'bench.db'}"
    process = subprocess.Popen(
        [sys.executable, "-m", "dashclaw.cli", "serve", "--port", str(port), "--database-url", url, "--log-level", "warning",
         "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS  # migrating a fresh database takes a while on a busy machine
        while True:
            try:
                urllib.request.urlopen(base + "/api/health", timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"the server did not answer within {STARTUP_SECONDS} s") from None
                time.sleep(0.1)
        yield base, key
    finally:
        process.terminate()
        process.wait(timeout=10)


def http_json(base: str, key: str, method: str, path: str, body=None):
    request = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body is not None else None)
    request.add_header("Content-Type", "application/json")
    request.add_header("x-api-key", key)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def prepare_org(base: str, key: str) -> str:
    """A fresh org with the four benchmark policies; returns its admin key."""
    slug = "bench-" + secrets.token_hex(4)
    org_key = http_json(base, key, "POST", "/api/orgs", {"name": "Bench", "slug": slug})["api_key"]["key"]
    for name, policy_type, rules in POLICIES:
        http_json(base, org_key, "POST", "/api/policies", {"name": name, "policy_type": policy_type, "rules": json.dumps(rules)})
    return org_key


async def _worker(host, port, request: bytes, deadline: float, latencies: list[float], errors: list[int]):
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            status = int(head[9:12])
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            if status != 200:
                errors.append(status)
    finally:
        writer.close()


def python_load(base: str, key: str, method: str, path: str, body: dict | None, connections: int, seconds: float) -> dict:
    """Our own asyncio load generator (when wrk is not installed): keep-alive connections, one request in flight each."""
    host, port = base.split("//")[1].split(":")
    payload = json.dumps(body).encode() if body is not None else b""
    request = (
        f"{method} {path} HTTP/1.1\r\nHost: {host}\r\nx-api-key: {key}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    ).encode() + payload

    async def run(duration):
        latencies: list[float] = []
        errors: list[int] = []
        deadline = time.perf_counter() + duration
        started = time.perf_counter()
        await asyncio.gather(*(_worker(host, int(port), request, deadline, latencies, errors) for _ in range(connections)))
        return latencies, errors, time.perf_counter() - started

    asyncio.run(run(1.0))  # warm-up
    latencies, errors, elapsed = asyncio.run(run(seconds))
    latencies.sort()

    def percentile(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] * 1000

    return {
        "rps": len(latencies) / elapsed,
        "p50_ms": percentile(50),
        "p90_ms": percentile(90),
        "p99_ms": percentile(99),
        "max_ms": latencies[-1] * 1000,
        "errors": len(errors),
    }


WRK_SCRIPT = """
wrk.method = "{method}"
wrk.body = {body}
wrk.headers["Content-Type"] = "application/json"
wrk.headers["x-api-key"] = "{key}"

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("DASHCLAW %d %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status + e.connect + e.read + e.write + e.timeout))
end
"""


def wrk_load(base: str, key: str, method: str, path: str, body: dict | None, connections: int, seconds: float) -> dict:
    """`wrk --latency` with a Lua script that sets the method, body and key and reports exact percentiles."""
    payload = json.dumps(json.dumps(body)) if body is not None else "nil"  # a Lua string literal
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT.format(method=method, body=payload, key=key))
    command = ["wrk", "--latency", "-t", str(min(connections, 2)), "-c", str(connections), "-s", script.name]
    try:
        subprocess.run([*command, "-d", "1s", base + path], capture_output=True, check=True)  # warm-up
        done = subprocess.run([*command, "-d", f"{seconds:g}s", base + path], capture_output=True, text=True, check=True)
    finally:
        os.unlink(script.name)
    line = next(line for line in done.stdout.splitlines() if line.startswith("DASHCLAW "))
    requests, duration_us, p50, p90, p99, slowest, errors = (int(field) for field in line.split()[1:])
    return {
        "rps": requests / (duration_us / 1e6),
        "p50_ms": p50 / 1000,
        "p90_ms": p90 / 1000,
        "p99_ms": p99 / 1000,
        "max_ms": slowest / 1000,
        "errors": errors,
    }


def load(base: str, key: str, method: str, path: str, body: dict | None, connections: int, seconds: float) -> dict:
    """Latency distribution and throughput at `connections` keep-alive connections, from wrk when installed."""
    generator = wrk_load if shutil.which("wrk") else python_load
    return generator(base, key, method, path, body, connections, seconds)


def describe(name: str, connections: int, figures: dict) -> str:
    return (f"{name:6s} {connections:3d} conn {figures['rps']:8.0f} req/s  p50 {figures['p50_ms']:6.2f}  "
            f"p90 {figures['p90_ms']:6.2f}  p99 {figures['p99_ms']:6.2f}  max {figures['max_ms']:7.2f} ms  "
            f"errors {figures['errors']}")


LATENCY_SCRIPT = Path(__file__).with_name("sdk_latency.py")
SOURCE = Path(__file__).resolve().parents[1] / "src"


def sdk_latency(python: str, base: str, key: str, samples: int, extra_path: str = "") -> dict | None:
    """Run bench/sdk_latency.py under `python` (our SDK when `extra_path` is our source tree)."""
    env = {**os.environ, "PYTHONPATH": extra_path} if extra_path else {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([python, str(LATENCY_SCRIPT), base, key, str(samples)], capture_output=True, text=True, env=env)
    return json.loads(done.stdout) if done.returncode == 0 else None


def published_python() -> str | None:
    """The cached virtual environment with the published 2.10.0 client (created on first use)."""
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dashclaw-tests" / "published-2.10.0"
    python = home / "bin" / "python"
    if not (home / ".installed").exists():
        import venv

        venv.EnvBuilder(with_pip=True, clear=True).create(home)
        if subprocess.run([str(python), "-m", "pip", "install", "-q", "dashclaw==2.10.0", "cryptography"]).returncode:
            return None
        (home / ".installed").write_text("dashclaw==2.10.0")
    return str(python)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url")
    parser.add_argument("--api-key", help="an admin key of the server given by --url")
    parser.add_argument("--database-url", help="database for the server this script starts")
    parser.add_argument("--workers", type=int, default=1, help="server processes (PostgreSQL only)")
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 16])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--samples", type=int, default=500)
    args = parser.parse_args()

    with (started_server(args.database_url, args.workers) if not args.url else _given(args.url, args.api_key)) as (base, key):
        org_key = prepare_org(base, key)
        print(f"server: {base}  policies loaded: {len(POLICIES)}  seconds: {args.seconds}  "
              f"load generator: {'wrk' if shutil.which('wrk') else 'bench/guard.py (install wrk for exact figures)'}")
        print(f"machine load before the run (1/5/15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        for connections in args.connections:
            guard = load(base, org_key, "POST", "/api/guard", GUARD_BODY, connections, args.seconds)
            print(describe("guard", connections, guard))
        health = load(base, org_key, "GET", "/api/health", None, max(args.connections), args.seconds)
        print(describe("health", max(args.connections), health))
        print(f"ratio guard/health at {max(args.connections)} connections: {guard['rps'] / health['rps']:.2f}")
        runs = [("our SDK", sdk_latency(sys.executable, base, org_key, args.samples, str(SOURCE)))]
        python = published_python()
        runs.append(("published 2.10.0", sdk_latency(python, base, org_key, args.samples) if python else None))
        for label, figures in runs:
            if figures is None:
                print(f"{label}: could not be measured")
                continue
            for name, numbers in figures.items():
                print(f"{label:17s} {name:14s} median {numbers['median_ms']:6.2f} ms  p99 {numbers['p99_ms']:6.2f} ms")


@contextmanager
def _given(url: str, key: str | None):
    if not key:
        sys.exit("--api-key is required with --url")
    yield url.rstrip("/"), key


if __name__ == "__main__":
    main()
