"""`dashclaw policies test | lint`: policies as code checked offline, with no server and no database (acceptance 4)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

POLICIES = """
policies:
  - name: No prod deploys on autopilot
    policy_type: require_approval
    rules: {action_types: ["deploy.prod*"]}
  - id: exec_allowlist
    description: Only safe shell commands
    applies_to: {tools: ["exec.*"]}
    rule: {block: true, allowlist: [exec.ls, exec.cat]}
    tests:
      - {name: blocks_curl, input: {tool: exec.curl}, expect: {allowed: false}}
      - {name: allows_ls, input: {tool: exec.ls}, expect: {allowed: true}}
  - name: Risky work needs a person
    policy_type: risk_threshold
    rules: {threshold: 80, action: require_approval}
"""


def dashclaw(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """The CLI with no server and no database anywhere: an empty data directory and no DASHCLAW_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DASHCLAW_")}
    env["DASHCLAW_DATA_DIR"] = str(tmp_path / "nothing-here")
    return subprocess.run([sys.executable, "-m", "dashclaw.cli", *args], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=60)


def write(tmp_path: Path, name: str, text: str) -> str:
    (tmp_path / name).write_text(text)
    return name


def test_right_expectations_pass(tmp_path):
    cases = write(tmp_path, "cases.yaml", """
cases:
  - {name: prod deploy waits, input: {tool: deploy.production}, expect: {decision: require_approval}}
  - {name: approved prod deploy goes, input: {tool: deploy.production, approval: true}, expect: {allowed: true}}
  - {name: risky export waits, input: {tool: data.export, context: {risk_score: 85}}, expect: {decision: require_approval}}
  - {name: cat is fine, input: {tool: exec.cat}, expect: {decision: allow}}
""")
    done = dashclaw(tmp_path, "policies", "test", write(tmp_path, "policies.yaml", POLICIES), "--cases", cases)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "10 passed, 0 failed"
    assert "PASS case prod deploy waits" in done.stdout
    assert not (tmp_path / "nothing-here").exists()  # no database was created


def test_a_wrong_expectation_fails_with_a_readable_diff(tmp_path):
    cases = write(tmp_path, "cases.yaml", "cases:\n  - {name: curl is fine, input: {tool: exec.curl}, expect: {decision: allow}}\n")
    done = dashclaw(tmp_path, "policies", "test", write(tmp_path, "policies.yaml", POLICIES), "--cases", cases)
    assert done.returncode == 1
    assert "FAIL case curl is fine\n    expected: decision=allow\n    actual:   decision=block, matched=['policies[1]']" in done.stdout
    assert done.stdout.splitlines()[-1] == "6 passed, 1 failed"


def test_lint_reports_what_an_import_would_refuse(tmp_path):
    assert dashclaw(tmp_path, "policies", "lint", write(tmp_path, "good.yaml", POLICIES)).returncode == 0
    bad = write(tmp_path, "bad.yaml", """
policies:
  - {name: Ceiling, policy_type: risk_threshold, rules: {threshold: 250}}
  - {name: Ceiling, policy_type: rate_limit, rules: {max_actions: 10, window_minutes: 60}}
  - id: hooks
    description: Call home
    applies_to: {tools: [web.post]}
    rule: {block: true, allowlist: [email.send]}
    tests: [{name: t, input: {tool: web.post}, expect: {allowed: maybe}}]
""")
    done = dashclaw(tmp_path, "policies", "lint", bad)
    assert done.returncode == 1
    assert "error: policies[0] (Ceiling): rules.threshold must be a number between 0 and 100" in done.stdout
    assert "error: Ceiling: a second policy with the same name would be skipped on import" in done.stdout
    assert "tests[0].expect must give allowed (a boolean) or decision" in done.stdout
    assert "warning: Call home: allowlist entry 'email.send' is not covered by action_types" in done.stdout
    unreadable = dashclaw(tmp_path, "policies", "test", write(tmp_path, "broken.yaml", "policies: [oops"))
    assert unreadable.returncode == 1 and unreadable.stdout.startswith("error: Invalid YAML")
