"""Imports every table so the metadata (and Alembic) sees the whole schema: each domain's `models` module,
found on disk, and the server's own bookkeeping tables in `core`."""
import importlib
import pkgutil
from pathlib import Path

from ..core import idempotency, jobs, ratelimit  # noqa: F401  (bookkeeping tables)
from .base import Base

SERVER = Path(__file__).resolve().parents[1]

for _domain in pkgutil.iter_modules([str(SERVER)]):
    if _domain.ispkg and (SERVER / _domain.name / "models.py").exists():
        importlib.import_module(f"dashclaw.server.{_domain.name}.models")

__all__ = ["Base"]
