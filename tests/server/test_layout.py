"""The server's layering rules, checked from the source: what each kind of module may depend on and do."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import dashclaw.server

SERVER = Path(dashclaw.server.__file__).parent
GROUND_FLOOR = {"core", "db", "settings"}
DOMAINS = sorted(
    path.name for path in SERVER.iterdir()
    if path.is_dir() and path.name not in GROUND_FLOOR | {"flows", "__pycache__"} and any(
        (path / name).exists() for name in ("router.py", "service.py", "models.py")
    )
)
ROUTERS = sorted(SERVER.glob("*/router.py"))
SERVICES = sorted(SERVER.glob("*/service.py")) + sorted((SERVER / "flows").glob("[!_]*.py"))


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(), filename=str(path))


def _server_modules(path: Path) -> set[str]:
    """The server modules a module imports, relative to the server package (`..actions.models`)."""
    package_depth = len(path.relative_to(SERVER).parts) - 1
    names = set()
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.ImportFrom) and node.level == package_depth + 1:
            names.add(node.module or "")
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("dashclaw.server."):
            names.add(node.module.removeprefix("dashclaw.server."))
    return names


def _server_imports(path: Path) -> set[str]:
    """The top-level server packages a module imports (`..actions.models` -> `actions`)."""
    return {name.split(".")[0] for name in _server_modules(path)}


def test_there_are_domains_to_check():
    assert {"actions", "guard", "policies", "auth"} <= set(DOMAINS)
    assert len(ROUTERS) >= 10 and len(SERVICES) >= 10


@pytest.mark.parametrize("path", sorted((SERVER / "core").glob("*.py")), ids=lambda p: p.name)
def test_core_imports_no_domain_package(path):
    imported = _server_imports(path)
    assert not imported & (set(DOMAINS) | {"flows", "deps", "app"}), f"core/{path.name} imports {sorted(imported)}"


@pytest.mark.parametrize("path", ROUTERS, ids=lambda p: p.parent.name)
def test_routers_parse_call_and_shape(path):
    """A router takes its dependencies through the `deps` aliases and leaves transactions and events to services."""
    tree = _tree(path)
    imported_modules = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(m and m.startswith("sqlalchemy") for m in imported_modules), "routers build no SQL"
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id != "Depends", f"line {node.lineno}: use the Annotated aliases in server/deps.py"
        if isinstance(node, (ast.With, ast.AsyncWith)):
            raise AssertionError(f"line {node.lineno}: routers open no sessions; the service owns its transaction")
        if isinstance(node, ast.Attribute) and node.attr in ("db", "bus", "decision_log", "publish"):
            raise AssertionError(f"line {node.lineno}: .{node.attr} belongs in a service")


@pytest.mark.parametrize("path", SERVICES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_services_never_speak_http(path):
    imported = {node.module for node in ast.walk(_tree(path)) if isinstance(node, ast.ImportFrom)}
    http_modules = {m for m in imported if m and m.split(".")[0] in ("fastapi", "starlette") and m != "starlette.concurrency"}
    assert not http_modules, f"{path.name} imports {sorted(http_modules)}"
    assert "responses" not in {m.split(".")[-1] for m in imported if m}


@pytest.mark.parametrize("path", SERVICES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_public_service_functions_say_what_they_do(path):
    missing = [
        node.name for node in _tree(path).body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_")
        and not ast.get_docstring(node) and node.name != "to_dict"
    ]
    assert not missing, f"public functions without a docstring: {missing}"


CHILD_DOMAINS = {"assumptions": "actions", "loops": "actions"}
"""Records that hang off an action use the actions domain's `children` helper."""
PURE_MODULES = {"guard.engine", "identities.signatures"}
"""No I/O, so any domain may use them (policies build the engine's `PolicySpec`, pairings check keys)."""


def test_cross_domain_reads_live_in_flows():
    """A domain's service reads only its own tables (and writes audit entries and stream events); flows join domains."""
    allowed = GROUND_FLOOR | {"", "activity", "events", "deps"}
    for path in sorted(SERVER.glob("*/service.py")):
        domain = path.parent.name
        modules = _server_modules(path) - PURE_MODULES
        others = {name.split(".")[0] for name in modules} - allowed - {domain, CHILD_DOMAINS.get(domain)}
        if domain == "signals":  # the signals read model spans actions, loops, assumptions and presence by design
            continue
        assert not others, f"{domain}/service.py imports {sorted(others)}; move that work into server/flows/"


KEYSET_PARTS = {"after", "by_rank", "cursor_of", "encode_cursor", "decode_cursor"}
"""What a keyset page is built from; outside `core/pagination.py` a list calls its order's `read` instead."""


def test_lists_read_keyset_pages_through_their_order():
    by_hand = []
    for path in sorted(SERVER.rglob("*.py")):
        if path == SERVER / "core" / "pagination.py":
            continue
        for node in ast.walk(_tree(path)):
            called = node.func.attr if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) else None
            imported = {alias.name for alias in node.names} if isinstance(node, ast.ImportFrom) else set()
            if called in KEYSET_PARTS or imported & KEYSET_PARTS:
                by_hand.append(f"{path.relative_to(SERVER)}:{node.lineno}")
    assert not by_hand, f"keyset pages built by hand (use `order.read(...)`): {by_hand}"
