"""Real-time stream latency: from `create_action` to the event on every subscriber, and approval to unblock.

Opens `--subscribers` streams (`GET /api/stream?types=action.created`) on one org, creates `--actions` actions
through the SDK at `--rate` per second, and prints p50/p99/max of the time from the `create_action` call to
each subscriber receiving its `action.created` event. Then, `--approvals` times, an agent waits in
`wait_for_approval` (polling interval one minute, so only the stream can wake it) while an operator approves
through a second client; it prints p50/p99/max from the approval call to the agent returning.

    python bench/stream.py                        # starts `dashclaw serve` on a temporary SQLite file
    python bench/stream.py --database-url postgresql://postgres@127.0.0.1/bench
    python bench/stream.py --url http://127.0.0.1:3000 --api-key oc_live_...
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from guard import _given, http_json, started_server  # noqa: E402  (bench/guard.py, next to this script)

from dashclaw import DashClaw  # noqa: E402

APPROVAL_TYPE = "bench.needs_approval"


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (f"p50 {statistics.median(ordered) * 1000:7.2f} ms  p99 {p99 * 1000:7.2f} ms  "
            f"max {ordered[-1] * 1000:7.2f} ms  (n={len(ordered)})")


async def subscribe(base: str, key: str, received: dict[str, list[float]], ready: asyncio.Event, done: asyncio.Event) -> None:
    """One subscriber: an HTTP/1.0 stream (no chunking to undo) read line by line; records when each action arrives."""
    host, port = base.split("//")[1].split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(f"GET /api/stream?types=action.created HTTP/1.0\r\nHost: {host}\r\nx-api-key: {key}\r\n"
                 "Accept: text/event-stream\r\n\r\n".encode())
    await reader.readuntil(b"\r\n\r\n")
    try:
        while not done.is_set():
            line = await reader.readline()
            if not line:
                return
            if line.startswith(b"event: connected"):
                ready.set()
            elif line.startswith(b"data: {\"id\""):
                arrived = time.perf_counter()
                received.setdefault(json.loads(line[6:])["data"]["action_id"], []).append(arrived)
    finally:
        writer.close()


async def delivery(base: str, key: str, subscribers: int, actions: int, rate: float) -> list[float]:
    """Seconds from each `create_action` call to each subscriber receiving the action's event."""
    received: dict[str, list[float]] = {}
    done = asyncio.Event()
    readiness = [asyncio.Event() for _ in range(subscribers)]
    tasks = [asyncio.create_task(subscribe(base, key, received, ready, done)) for ready in readiness]
    await asyncio.wait_for(asyncio.gather(*(ready.wait() for ready in readiness)), timeout=30)
    claw = DashClaw(base_url=base, api_key=key, agent_id="bench-stream")
    sent: dict[str, float] = {}

    def create_all() -> None:
        for n in range(actions):
            started = time.perf_counter()
            action_id = "act_bench_" + secrets.token_hex(8)
            sent[action_id] = started
            claw.create_action("deploy", f"Stream bench {n}", action_id=action_id)
            time.sleep(max(0.0, started + 1 / rate - time.perf_counter()))

    await asyncio.to_thread(create_all)
    deadline = time.perf_counter() + 10
    while sum(len(times) for times in received.values()) < actions * subscribers and time.perf_counter() < deadline:
        await asyncio.sleep(0.05)
    done.set()
    for task in tasks:
        task.cancel()
    claw.close()
    missing = actions * subscribers - sum(len(received.get(action_id, [])) for action_id in sent)
    if missing:
        print(f"  {missing} deliveries missing after 10 s")
    return [arrived - sent[action_id] for action_id, times in received.items() if action_id in sent for arrived in times]


def approval_unblock(base: str, key: str, rounds: int) -> list[float]:
    """Seconds from an operator's approve call to the waiting agent's `wait_for_approval` returning."""
    http_json(base, key, "POST", "/api/policies", {
        "name": "bench: approvals " + secrets.token_hex(3), "policy_type": "require_approval",
        "rules": json.dumps({"action_types": [APPROVAL_TYPE]})})
    agent = DashClaw(base_url=base, api_key=key, agent_id="bench-waiting-agent")
    operator = DashClaw(base_url=base, api_key=key, agent_id="bench-operator")
    latencies = []
    for n in range(rounds):
        action_id = agent.create_action(APPROVAL_TYPE, f"Approval bench {n}")["action_id"]
        returned = {}
        waiter = threading.Thread(target=lambda: returned.update(
            action=agent.wait_for_approval(action_id, timeout=60, interval=60), at=time.perf_counter()))
        waiter.start()
        time.sleep(0.3)  # the agent has checked once and is waiting
        approved_at = time.perf_counter()
        operator.approve_action(action_id, "allow")
        waiter.join(60)
        latencies.append(returned["at"] - approved_at)
    agent.close()
    operator.close()
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url")
    parser.add_argument("--api-key", help="an admin key of the server given by --url")
    parser.add_argument("--database-url", help="database for the server this script starts")
    parser.add_argument("--subscribers", type=int, default=50)
    parser.add_argument("--actions", type=int, default=200)
    parser.add_argument("--rate", type=float, default=20.0, help="actions created per second")
    parser.add_argument("--approvals", type=int, default=20)
    args = parser.parse_args()

    with (started_server(args.database_url) if not args.url else _given(args.url, args.api_key)) as (base, key):
        org_key = http_json(base, key, "POST", "/api/orgs", {"name": "Stream bench", "slug": "stream-" + secrets.token_hex(4)})[
            "api_key"]["key"]
        print(f"server: {base}  subscribers: {args.subscribers}  actions: {args.actions} at {args.rate}/s")
        print(f"machine load before the run (1/5/15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        latencies = asyncio.run(delivery(base, org_key, args.subscribers, args.actions, args.rate))
        print(f"create_action -> event, {args.subscribers} subscribers: {percentiles(latencies)}")
        print(f"approve -> wait_for_approval returns:  {percentiles(approval_unblock(base, org_key, args.approvals))}")


if __name__ == "__main__":
    main()
