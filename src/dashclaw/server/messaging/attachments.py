"""Attachment files: what a message may carry and how a file is checked before it is stored (a pure module).

A file arrives base64-encoded in the message body. It is stored only when its type is one of
`ALLOWED_MIME_TYPES`, its content really is of that type (the file signature of an image or a PDF; UTF-8
text for text types; a JSON document for JSON), and it decodes to at most `MAX_ATTACHMENT_BYTES`. Its name
is reduced to a plain file name (no directories, no control characters or quotes), so a client that saves
it under that name writes where it meant to.
"""
from __future__ import annotations

import base64
import binascii
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass
from typing import Any, Callable

import orjson

from ..core.errors import ApiError

MAX_ATTACHMENT_BYTES = 1024 * 1024
"""Decoded size of one file (its base64 text must also fit in the 2 MiB request body)."""
MAX_FILENAME_LENGTH = 255
FALLBACK_FILENAME = "attachment"


def _utf8_text(data: bytes) -> bool:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return "\x00" not in text


def _json_document(data: bytes) -> bool:
    try:
        orjson.loads(data)
    except orjson.JSONDecodeError:
        return False
    return True


CONTENT_CHECKS: dict[str, Callable[[bytes], bool]] = {
    "image/png": lambda data: data.startswith(b"\x89PNG\r\n\x1a\n"),
    "image/jpeg": lambda data: data.startswith(b"\xff\xd8\xff"),
    "image/gif": lambda data: data[:6] in (b"GIF87a", b"GIF89a"),
    "image/webp": lambda data: data[:4] == b"RIFF" and data[8:12] == b"WEBP",
    "application/pdf": lambda data: data.startswith(b"%PDF-"),
    "text/plain": _utf8_text,
    "text/markdown": _utf8_text,
    "text/csv": _utf8_text,
    "application/json": _json_document,
}
ALLOWED_MIME_TYPES = tuple(CONTENT_CHECKS)
INCOMPLETE = "Each attachment requires filename, mime_type, and data"


@dataclass(frozen=True)
class AttachmentFile:
    filename: str
    mime_type: str
    data: bytes


def checked_file(item: Any) -> AttachmentFile:
    """The attachment as it will be stored; 400 (or 413 when too large) for anything else."""
    if not isinstance(item, dict) or not all(isinstance(item.get(key), str) and item[key]
                                             for key in ("filename", "mime_type", "data")):
        raise ApiError(400, INCOMPLETE)
    mime_type = item["mime_type"]
    if mime_type not in CONTENT_CHECKS:
        raise ApiError(400, f"Unsupported MIME type: {mime_type[:100]}. Allowed: {', '.join(ALLOWED_MIME_TYPES)}")
    filename = safe_filename(item["filename"])
    if len(filename) > MAX_FILENAME_LENGTH:
        raise ApiError(400, f"Attachment filename exceeds max length of {MAX_FILENAME_LENGTH}")
    try:
        data = base64.b64decode("".join(item["data"].split()), validate=True)  # line breaks are fine
    except (binascii.Error, ValueError):
        raise ApiError(400, f'Attachment "{filename}" is not valid base64') from None
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ApiError(413, f'Attachment "{filename}" exceeds {MAX_ATTACHMENT_BYTES // (1024 * 1024)}MB limit',
                       maxBytes=MAX_ATTACHMENT_BYTES)
    if not CONTENT_CHECKS[mime_type](data):
        raise ApiError(400, f'Attachment "{filename}" is not a valid {mime_type} file')
    return AttachmentFile(filename, mime_type, data)


def safe_filename(name: str) -> str:
    """The last path segment of `name`, with control characters and quotes replaced and leading dots dropped."""
    base = re.split(r"[\\/]", name)[-1]
    cleaned = "".join("_" if char == '"' or unicodedata.category(char)[0] == "C" else char for char in base)
    return cleaned.strip().lstrip(".") or FALLBACK_FILENAME


def content_disposition(filename: str) -> str:
    """`attachment` with the name as ASCII (others become `_`) and, when it has others, as UTF-8 too."""
    ascii_name = "".join(char if 32 <= ord(char) < 127 else "_" for char in filename)
    header = f'attachment; filename="{ascii_name}"'
    if ascii_name != filename:
        header += "; filename*=UTF-8''" + urllib.parse.quote(filename, safe="")
    return header
