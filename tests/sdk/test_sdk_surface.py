"""The public surface: 2.10.0 signatures, exports, stdlib-only import, Python 3.8 syntax."""

from __future__ import annotations

import ast
import inspect
import pathlib
import subprocess
import sys
import textwrap

import pytest

import dashclaw
from dashclaw import DashClaw, OpenClawAgent

from .published_surface import CONSTRUCTOR, METHODS

PACKAGE_DIR = pathlib.Path(dashclaw.__file__).resolve().parent
KINDS = {
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional",
    inspect.Parameter.VAR_POSITIONAL: "var_positional",
    inspect.Parameter.KEYWORD_ONLY: "keyword_only",
    inspect.Parameter.VAR_KEYWORD: "var_keyword",
}


def described_parameters(function):
    """Parameters after ``self`` in the published_surface.py notation."""
    described = []
    for parameter in list(inspect.signature(function).parameters.values())[1:]:
        entry = (parameter.name, KINDS[parameter.kind])
        if parameter.default is not inspect.Parameter.empty:
            entry += (parameter.default,)
        described.append(entry)
    return tuple(described)


def assert_compatible(ours, published):
    """Same names, kinds, order and defaults (a required parameter may gain one); additions optional, after."""
    assert [parameter[:2] for parameter in ours[: len(published)]] == [parameter[:2] for parameter in published]
    for mine, theirs in zip(ours, published):
        assert len(theirs) == 2 or mine == theirs, (mine, theirs)
    for extra in ours[len(published):]:
        assert len(extra) == 3 or extra[1] in ("var_positional", "var_keyword"), extra
    if published and published[-1][1] == "var_keyword":
        assert ours[-1] == published[-1]


@pytest.mark.parametrize("name", sorted(METHODS))
def test_published_method_exists_with_a_compatible_signature(name):
    assert callable(getattr(DashClaw, name, None)), name
    assert_compatible(described_parameters(getattr(DashClaw, name)), METHODS[name])


def test_constructor_is_compatible_and_extras_are_keyword_only():
    ours = described_parameters(DashClaw.__init__)
    assert ours[: len(CONSTRUCTOR)] == CONSTRUCTOR
    assert ours[len(CONSTRUCTOR):] == (
        ("timeout", "keyword_only", 30.0),
        ("max_retries", "keyword_only", 2),
        ("approval_timeout", "keyword_only", 300),
        ("approval_poll_interval", "keyword_only", 5),
        ("outbox", "keyword_only", None),
    )


def test_public_exports():
    assert OpenClawAgent is DashClaw
    assert dashclaw.__version__ == "2.11.0.dev0"
    for name in dashclaw.__all__:
        assert hasattr(dashclaw, name), name
    published_exports = {"DashClaw", "OpenClawAgent", "DashClawError", "GuardBlockedError", "ApprovalDeniedError"}
    assert published_exports <= set(dashclaw.__all__)


def test_import_dashclaw_loads_only_the_standard_library():
    script = textwrap.dedent(
        """
        import sys
        before = set(sys.modules)
        import dashclaw, dashclaw.integrations.autogen
        print("\\n".join(sorted(set(sys.modules) - before)))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=str(PACKAGE_DIR.parent),  # src/: the working tree, whatever is installed
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = result.stdout.split()
    assert "dashclaw" in loaded
    foreign = [
        name
        for name in loaded
        if name.split(".")[0] not in sys.stdlib_module_names and name != "dashclaw" and not name.startswith("dashclaw.")
    ]
    assert foreign == []
    assert not any(name.startswith("dashclaw.server") for name in loaded)


def sdk_sources():
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        relative = path.relative_to(PACKAGE_DIR)
        if relative.parts[0] == "server" or relative.as_posix() == "cli.py":
            continue
        yield relative.as_posix(), path


@pytest.mark.parametrize("relative, path", list(sdk_sources()), ids=lambda value: str(value))
def test_sdk_source_parses_as_python_3_8(relative, path):
    source = path.read_text(encoding="utf-8")
    ast.parse(source, filename=relative, feature_version=(3, 8))
    assert "from __future__ import annotations" in source or not source.strip() or relative.endswith("__init__.py")
