"""Server-side risk scoring: a deterministic score from what the action says it will do.

score = 10 (base)
      + 35 destructive verb (drop, delete, wipe, truncate, purge, ...)  or  + 15 state-changing verb (deploy, write, ...)
      + 15 privileged scope (admin, root, iam, credentials, permissions, ...)
      + 10 external communication (send, email, post, customer, ...)
      + 25 irreversible (`reversible` is false)
      + 20 production system touched (prod, production, live, primary, master)
      +  5 data store touched (db, database, warehouse, bucket, ...)
      +  5 more than three systems touched
clamped to 0..100. The authoritative score is the higher of this and the agent's own `risk_score`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

BASE = 10
DESTRUCTIVE = frozenset(
    "drop delete destroy wipe truncate purge erase remove rm rmdir kill terminate shutdown revoke overwrite "
    "format reset nuke unlink deprovision decommission".split()
)
STATE_CHANGE = frozenset(
    "deploy migrate migration write update apply config configure release publish execute exec run transfer "
    "payment pay refund charge install upgrade modify change create insert alter rollback restart scale push merge".split()
)
PRIVILEGED = frozenset(
    "admin root sudo iam permission permissions credential credentials secret secrets security grant privilege "
    "privileged role roles superuser owner billing".split()
)
EXTERNAL = frozenset("send email mail post message notify sms slack tweet customer customers broadcast publish".split())
PRODUCTION = frozenset("prod production live primary master".split())
DATA_STORE = frozenset(
    "db database databases sql postgres postgresql mysql mongo mongodb redis warehouse bucket s3 storage table tables".split()
)
POINTS = {  # in the order factors are reported
    "destructive_operation": 35,
    "state_change": 15,
    "privileged_scope": 15,
    "external_communication": 10,
    "irreversible": 25,
    "production_system": 20,
    "data_store": 5,
    "broad_blast_radius": 5,
}
_SUFFIXES = ("ping", "ting", "ing", "ped", "ted", "ed", "es", "s")
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class RiskAssessment:
    score: int
    factors: tuple[str, ...]


def _words(*texts: str | None) -> set[str]:
    words: set[str] = set()
    for text in texts:
        if not text:
            continue
        spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", text).lower()
        for word in _WORD.findall(spaced):
            words.add(word)
            for suffix in _SUFFIXES:
                if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                    stem = word[: -len(suffix)]
                    words.update((stem, stem + "e"))  # dropped -> drop, deleting -> delete
    return words


def assess(
    action_type: str | None,
    declared_goal: str | None = None,
    systems_touched: Iterable[object] | None = None,
    reversible: bool | None = None,
) -> RiskAssessment:
    """Score an action from its structured fields. Pure and deterministic."""
    intent = _words(action_type, declared_goal)
    systems = [str(s) for s in (systems_touched or [])]
    system_words = _words(*systems)
    present = {
        "destructive_operation": bool(intent & DESTRUCTIVE),
        "state_change": bool(intent & STATE_CHANGE) and not intent & DESTRUCTIVE,
        "privileged_scope": bool((intent | system_words) & PRIVILEGED),
        "external_communication": bool(intent & EXTERNAL),
        "irreversible": reversible is False,
        "production_system": bool(system_words & PRODUCTION),
        "data_store": bool(system_words & DATA_STORE),
        "broad_blast_radius": len(systems) > 3,
    }
    factors = tuple(name for name in POINTS if present[name])
    score = BASE + sum(POINTS[name] for name in factors)
    return RiskAssessment(score=max(0, min(100, score)), factors=factors)
