"""URL-safe slugs, the one way: lowercase `a-z0-9` runs joined by `-`, at most 80 characters."""
from __future__ import annotations

import re
import time

MAX_SLUG_LENGTH = 80
_OUTSIDE = re.compile(r"[^a-z0-9]+")


def slugify(text: str, fallback_prefix: str) -> str:
    """`text` as a slug; `<fallback_prefix>-<epoch ms>` when nothing of it survives."""
    slug = _OUTSIDE.sub("-", text.lower()).strip("-")[:MAX_SLUG_LENGTH].strip("-")
    return slug or f"{fallback_prefix}-{int(time.time() * 1000)}"
