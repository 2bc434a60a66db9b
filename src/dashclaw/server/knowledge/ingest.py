"""From documents to indexed passages, and from a search box to a full-text query (a pure module).

A document's text comes from a note, an uploaded file (UTF-8 text, HTML or JSON, at most `MAX_FILE_BYTES`)
or a fetched URL (HTML reduced to its visible text). It is cut into passages of `CHUNK_WORDS` words that
overlap by `OVERLAP_WORDS`, so a phrase that straddles a cut is still whole in one passage.

A query is read as words and "quoted phrases". Every term must match first; only if nothing matches all
of them is any term enough (`search_expression(..., any_term=True)`).
"""
from __future__ import annotations

import base64
import binascii
import re
from html.parser import HTMLParser

from ..core.errors import ApiError

MAX_FILE_BYTES = 1024 * 1024
MAX_FETCH_BYTES = 2 * 1024 * 1024
CHUNK_WORDS = 150
OVERLAP_WORDS = 25
TEXT_TYPES = ("text/", "application/json", "application/xml", "application/xhtml+xml")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_WORD = re.compile(r"\w+")
_TERM = re.compile(r'"([^"]*)"?|([^\s"]+)')
_CHARSET = re.compile(r"charset=([\w.-]+)", re.IGNORECASE)


def decoded_file(encoded: str, mime_type: str | None) -> str:
    """The text of an uploaded file; 413 past `MAX_FILE_BYTES`, 400 for bad base64 or a binary file."""
    try:
        data = base64.b64decode("".join(encoded.split()), validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(400, "content_base64 is not valid base64") from None
    if len(data) > MAX_FILE_BYTES:
        raise ApiError(413, f"File exceeds {MAX_FILE_BYTES // (1024 * 1024)}MB limit", maxBytes=MAX_FILE_BYTES)
    if mime_type and not mime_type.lower().startswith(TEXT_TYPES):
        raise ApiError(400, f"Unsupported file type: {mime_type[:100]} (text, HTML, JSON or XML files only)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "content_base64 must be UTF-8 text") from None
    if "\x00" in text:
        raise ApiError(400, "content_base64 must be UTF-8 text")
    return visible_text(text) if _is_html(mime_type or "") else text


def fetched_text(body: bytes, content_type: str) -> str:
    """The text of a fetched document, decoded by its declared charset (UTF-8 by default)."""
    kind = content_type.split(";")[0].strip().lower()
    if kind and not kind.startswith(TEXT_TYPES):
        raise ValueError(f"unsupported content type {kind[:100]}")
    charset = _CHARSET.search(content_type)
    try:
        text = body.decode(charset.group(1) if charset else "utf-8", errors="replace")
    except LookupError:
        text = body.decode("utf-8", errors="replace")
    text = text.replace("\x00", "")
    return visible_text(text) if _is_html(kind) else text


def visible_text(html: str) -> str:
    """What a reader sees of an HTML page: its text, without scripts, styles or markup."""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    return " ".join(parser.parts)


def chunks(text: str) -> list[str]:
    """`text` as overlapping passages of at most `CHUNK_WORDS` words (none for blank text)."""
    words = text.split()
    step = CHUNK_WORDS - OVERLAP_WORDS
    return [" ".join(words[start:start + CHUNK_WORDS])
            for start in range(0, max(len(words) - OVERLAP_WORDS, 1), step) if words[start:start + CHUNK_WORDS]]


def search_terms(query: str) -> list[str]:
    """The words and quoted phrases of `query`, each a run of word characters joined by single spaces."""
    terms = []
    for phrase, word in _TERM.findall(query):
        if phrase:
            if words := _WORD.findall(phrase):
                terms.append(" ".join(words))
        else:
            terms.extend(_WORD.findall(word))
    return terms


def fts5_expression(terms: list[str], any_term: bool = False) -> str:
    """An SQLite FTS5 query: every term (a phrase when it has several words) required, or any one of them."""
    return (" OR " if any_term else " AND ").join(f'"{term}"' for term in terms)


def websearch_expression(terms: list[str], any_term: bool = False) -> str:
    """The same query for PostgreSQL's `websearch_to_tsquery`."""
    return (" or " if any_term else " ").join(f'"{term}"' for term in terms)


def _is_html(kind: str) -> bool:
    return kind.lower().startswith(HTML_TYPES)


class _TextOnly(HTMLParser):
    HIDDEN = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.HIDDEN:
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden and data.strip():
            self.parts.append(data.strip())
