"""Sequential SDK latency for `guard()` and `create_action()`, printed as JSON.

Run by bench/guard.py once with our SDK and once with the published 2.10.0 client's interpreter, so both
are timed by the same code: python sdk_latency.py BASE_URL API_KEY SAMPLES
"""
import json
import statistics
import sys
import time

from dashclaw import DashClaw


def measure(base_url, api_key, samples):
    claw = DashClaw(base_url=base_url, api_key=api_key, agent_id="bench-sdk")
    figures = {}
    for name, call in (
        ("guard", lambda: claw.guard({"action_type": "deploy", "risk_score": 40, "declared_goal": "Roll out"})),
        ("create_action", lambda: claw.create_action("deploy", "Roll out build", risk_score=40)),
    ):
        call()
        timings = []
        for _ in range(samples):
            started = time.perf_counter()
            call()
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        figures[name] = {"median_ms": statistics.median(timings), "p99_ms": timings[int(len(timings) * 0.99)]}
    return figures


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], sys.argv[2], int(sys.argv[3]))))
