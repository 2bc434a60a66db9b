"""The SDK promises Python 3.8: run it there, against the real server, when that interpreter exists."""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2] / "src"


def _python38() -> str | None:
    """A working 3.8 interpreter: on PATH, or installed by pyenv without being the active version."""
    pyenv_root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    candidates = [shutil.which("python3.8"), *sorted(glob.glob(f"{pyenv_root}/versions/3.8*/bin/python3.8"))]
    for candidate in filter(None, candidates):
        if subprocess.run([candidate, "-c", "import sys; assert sys.version_info[:2] == (3, 8)"],
                          capture_output=True).returncode == 0:
            return candidate
    return None


PYTHON38 = _python38()

SCRIPT = """
import sys
sys.path.insert(0, sys.argv[1])
import dashclaw
claw = dashclaw.DashClaw(base_url=sys.argv[2], api_key=sys.argv[3], agent_id="py38-agent")
with claw.track(action_type="research", declared_goal="Runs on the oldest supported Python") as tracked:
    pass
assert claw.get_action(tracked["action_id"])["action"]["status"] == "completed"
assert claw.guard({"action_type": "research"})["decision"] == "allow"
try:
    claw.get_action("act_missing")
except dashclaw.NotFoundError as error:
    assert error.status == 404
print(sys.version_info[:2], "ok")
"""


@pytest.mark.skipif(PYTHON38 is None, reason="python3.8 is not installed here")
def test_sdk_runs_on_python_38(server, tenant):
    done = subprocess.run([PYTHON38, "-c", SCRIPT, str(SOURCE), server.url, tenant.admin_key],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "(3, 8) ok" in done.stdout
