"""The distribution version, in one place with no imports (read by setuptools and the transport)."""
from __future__ import annotations

__version__ = "2.11.0.dev0"
