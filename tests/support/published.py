"""The published dashclaw 2.10.0, fetched once and cached between runs under ~/.cache/dashclaw-tests/."""
from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import venv
from pathlib import Path
from typing import Callable

PUBLISHED_VERSION = "2.10.0"
PUBLISHED = f"dashclaw=={PUBLISHED_VERSION}"


def cached(name: str, build: Callable[[Path], None]) -> Path:
    """The directory `build(directory)` filled on an earlier run, or a new one filled now (a marker says it is done;
    a lock file makes parallel test workers wait for the one building it)."""
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dashclaw-tests" / name
    marker = home / ".installed"
    home.parent.mkdir(parents=True, exist_ok=True)
    with open(home.parent / f".{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not marker.exists():
            shutil.rmtree(home, ignore_errors=True)
            home.mkdir(parents=True)
            build(home)
            marker.write_text(PUBLISHED)
    return home


def _install_published_client(home: Path) -> None:
    venv.EnvBuilder(with_pip=True).create(home)
    pip = [str(home / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, PUBLISHED, "cryptography"], check=True)


def published_python() -> str:
    """The interpreter of a virtual environment holding only the published client (and cryptography)."""
    python = str(cached("published-2.10.0", _install_published_client) / "bin" / "python")
    version = subprocess.run([python, "-c", "import importlib.metadata as m; print(m.version('dashclaw'))"],
                             check=True, capture_output=True, text=True).stdout.strip()
    assert version == PUBLISHED_VERSION
    return python


def _extract_published_tests(home: Path) -> None:
    """Download the sdist and keep only its `tests/` folder, so nothing can import the package beside it."""
    prefix = f"dashclaw-{PUBLISHED_VERSION}/tests/"
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-deps",
                        "--no-binary", ":all:", PUBLISHED, "-d", scratch], check=True)
        with tarfile.open(Path(scratch) / f"dashclaw-{PUBLISHED_VERSION}.tar.gz") as sdist:
            for member in sdist.getmembers():
                relative = Path(member.name[len(prefix):])
                if not member.isfile() or not member.name.startswith(prefix) or ".." in relative.parts:
                    continue
                target = home / "tests" / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(sdist.extractfile(member).read())


def published_test_suite() -> Path:
    """The published sdist's own `tests/` folder, unmodified."""
    return cached("published-2.10.0-sdist", _extract_published_tests) / "tests"
